package org.rlsviewer.report;

import static org.rlsviewer.domain.figures.FigureFormat.DISPLAY;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rlsviewer.domain.DiaryGaps;
import org.rlsviewer.domain.LifestyleFactor;
import org.rlsviewer.domain.MeasureComparison;
import org.rlsviewer.domain.NightsSummary;
import org.rlsviewer.domain.PeriodComparison;
import org.rlsviewer.domain.TrialAnalysis;
import org.rlsviewer.domain.TrialMeasure;
import org.rlsviewer.domain.Verdict;
import org.rlsviewer.domain.figures.IrlsRow;
import org.rlsviewer.domain.figures.LifestyleRow;
import org.rlsviewer.domain.figures.MeasureRow;
import org.rlsviewer.domain.figures.TrialPeriodRow;
import org.rlsviewer.domain.figures.WeekRow;
import org.rlsviewer.report.PdfCanvas.Column;
import org.rlsviewer.report.PdfCanvas.Run;

/** The diary analysis in the visit summary: trial verdict, weekly table, lifestyle and gaps. */
final class AnalysisSections {

  /** The tables' columns (a test checks every heading word fits its column on either paper). */
  static final List<Column> TRIAL_PERIOD_COLUMNS = List.of(
      new Column("Period", 1.4f), new Column("Nights", 1.6f), new Column("Logged", 0.8f), new Column("Dose", 1.3f),
      new Column("Side effects", 2.2f));
  static final List<Column> MEASURE_COLUMNS = List.of(
      new Column("Measure", 1.1f), new Column("Verdict", 1.2f), new Column("Baseline median (nights)", 1.1f),
      new Column("Period median (nights)", 1.1f), new Column("Shift", 0.7f), new Column("95% CI", 1.1f),
      new Column("Mann-Whitney", 1.5f));
  static final List<Column> WEEK_COLUMNS = List.of(
      new Column("Week", 1.5f), new Column("Nights", 0.72f), new Column("Severity", 0.92f),
      new Column("Awak.", 0.62f), new Column("Latency min", 0.82f), new Column("Sleep eff.", 0.72f),
      new Column("Symptoms", 0.92f), new Column("Caffeine", 0.92f), new Column("Alcohol", 0.82f),
      new Column("Exercise", 0.92f), new Column("Magnesium", 1.05f));
  static final List<Column> LIFESTYLE_COLUMNS = List.of(
      new Column("Factor", 1.5f), new Column("Nights with / without", 1.1f),
      new Column("Median severity with", 1.1f), new Column("without", 0.9f), new Column("Difference", 1.05f),
      new Column("Note", 2.4f));
  static final List<Column> IRLS_COLUMNS = List.of(
      new Column("Date", 1.1f), new Column("IRLS total", 0.9f), new Column("Band", 1.0f),
      new Column("Diary severity that week (median)", 1.9f), new Column("From", 1.3f));
  /** The weekly table's text size. */
  static final float WEEK_SIZE = 7.5f;
  private static final float BODY = 9.5f;
  private static final float SMALL = 8.5f;

  private AnalysisSections() {}

  /**
   * The magnesium trial in one line for page one: the severity verdict of the latest dose period
   * against baseline, with its numbers, or why there is none.
   */
  static List<Run> trialInOneLine(TrialAnalysis trial) {
    if (!trial.hasTrial()) {
      return List.of(Run.plain("no magnesium dose recorded in this diary"));
    }
    List<PeriodComparison> doses = trial.comparisons().stream()
        .filter(c -> c.period().kind() == org.rlsviewer.domain.PeriodKind.DOSE).toList();
    if (doses.isEmpty()) {
      return List.of(Run.plain("magnesium from " + trial.firstDose().orElseThrow()
          + "; no baseline nights before it to compare with"));
    }
    PeriodComparison latest = doses.get(doses.size() - 1);
    MeasureComparison severity = latest.measures().stream()
        .filter(m -> m.measure() == TrialMeasure.SEVERITY).findFirst().orElseThrow();
    List<Run> runs = new ArrayList<>();
    runs.add(Run.plain(latest.period().label() + " vs baseline: severity "));
    runs.add(Run.bold(severity.verdict().label()));
    runs.add(Run.plain(numbers(MeasureRow.of(severity, DISPLAY))));
    runs.add(new Run("; " + TrialAnalysis.CAVEAT_SHORT, false, PdfCanvas.MUTED));
    return runs;
  }

  private static String numbers(MeasureRow m) {
    if (m.verdict() == Verdict.NOT_ENOUGH_DATA) {
      return m.reason().isBlank() ? "" : " (" + m.reason() + ")";
    }
    return " (median " + m.baselineMedian() + " \u2192 " + m.periodMedian()
        + (m.tested() ? ", shift " + m.shift() + ", 95% CI " + m.interval() + ", " + m.pValue() : "") + ")";
  }

  static void trial(PdfCanvas canvas, TrialAnalysis trial) throws IOException {
    canvas.heading("Magnesium trial", 12f, 40f);
    if (!trial.hasTrial()) {
      canvas.paragraph(List.of(Run.plain("No magnesium dose is recorded in this diary.")), BODY, 0);
      return;
    }
    List<List<List<Run>>> periods = new ArrayList<>();
    for (TrialPeriodRow p : TrialPeriodRow.of(trial.periods(), DISPLAY)) {
      periods.add(List.of(
          List.of(Run.bold(p.label())),
          List.of(Run.plain(p.dates())),
          List.of(Run.plain(p.logged())),
          List.of(Run.plain(p.dose())),
          List.of(Run.plain(p.sideEffects().isEmpty() ? "none noted" : p.sideEffects()))));
    }
    canvas.table(TRIAL_PERIOD_COLUMNS, periods, SMALL);
    canvas.gap(2);
    canvas.paragraph(List.of(Run.plain(TrialAnalysis.CAVEAT)), BODY, 0);
    if (trial.adherence().isPresent()) {
      canvas.paragraph(List.of(Run.plain("Adherence: dose logged on " + trial.dosedNights() + " of "
          + trial.trialNights() + " trial nights (" + DISPLAY.share(trial.adherence()) + ").")),
          BODY, 0);
    }
    for (PeriodComparison comparison : trial.comparisons()) {
      canvas.gap(4);
      canvas.paragraph(List.of(Run.bold(comparison.period().label() + " (" + comparison.period().first() + " to "
          + comparison.period().last() + ") compared with baseline")), BODY, 0);
      List<List<List<Run>>> rows = new ArrayList<>();
      for (MeasureRow m : MeasureRow.of(comparison.measures(), DISPLAY)) {
        rows.add(List.of(
            List.of(Run.plain(m.measure())),
            List.of(new Run(m.verdictLabel(), true, verdictColour(m.verdict()))),
            List.of(Run.plain(m.baseline())),
            List.of(Run.plain(m.period())),
            List.of(Run.plain(m.shift())),
            List.of(Run.plain(m.interval())),
            List.of(Run.plain(m.tested() || m.reason().isBlank() ? m.pValue() : m.reason()))));
      }
      canvas.table(MEASURE_COLUMNS, rows, SMALL);
    }
    canvas.paragraph(List.of(new Run("Shift: Hodges-Lehmann estimate of the period minus baseline. Lower is"
        + " better for severity, awakenings and sleep latency; higher for sleep quality (1-5). A trial is judged"
        + " after " + trial.minimumTrialNights() + " nights, with at least " + trial.minimumPeriodNights()
        + " nights in each period. Review the numbers, not only the verdict.", false, PdfCanvas.MUTED)), SMALL, 0);
  }

  /** The weekly table lists at most this many weeks (two years), the latest. */
  static final int WEEKS_SHOWN = 104;

  static void weeks(PdfCanvas canvas, List<NightsSummary> weeks) throws IOException {
    if (weeks.isEmpty()) {
      return;
    }
    canvas.heading("Weekly summary", 12f, 40f);
    // bounded for any diary: weeks without a night are not rows, and only the latest weeks are
    List<NightsSummary> logged = weeks.stream().filter(w -> w.nightsLogged() > 0).toList();
    List<NightsSummary> shown = logged.subList(Math.max(0, logged.size() - WEEKS_SHOWN), logged.size());
    int empty = weeks.size() - logged.size();
    int earlier = logged.size() - shown.size();
    if (empty > 0 || earlier > 0) {
      canvas.paragraph(List.of(new Run((earlier > 0 ? "The latest " + shown.size() + " weeks with nights logged; "
          + earlier + " earlier " + (earlier == 1 ? "week is" : "weeks are") + " left out. " : "")
          + (empty > 0 ? empty + (empty == 1 ? " week" : " weeks") + " without a night logged "
          + (empty == 1 ? "is" : "are") + " not listed. " : "")
          + "The summary command lists every week.", false, PdfCanvas.MUTED)), SMALL, 0);
    }
    List<List<List<Run>>> rows = new ArrayList<>();
    for (WeekRow w : WeekRow.of(shown, DISPLAY)) {
      rows.add(List.of(
          List.of(Run.plain(w.week())),
          List.of(Run.plain(w.nights())),
          List.of(Run.plain(w.severity())),
          List.of(Run.plain(w.awakenings())),
          List.of(Run.plain(w.latency())),
          List.of(Run.plain(w.efficiency())),
          List.of(Run.plain(w.symptoms())),
          List.of(Run.plain(w.caffeine() + " (" + w.lateCaffeine() + " late)")),
          List.of(Run.plain(w.alcohol())),
          List.of(Run.plain(w.exercise())),
          List.of(Run.plain(w.magnesium()))));
    }
    canvas.table(WEEK_COLUMNS, rows, WEEK_SIZE);
    canvas.paragraph(List.of(new Run("Severity: median (range) of 0-10 ratings; Awak.: mean awakenings; latency and"
        + " sleep efficiency: medians; the other columns count nights.", false, PdfCanvas.MUTED)), SMALL, 0);
  }

  static void lifestyle(PdfCanvas canvas, List<LifestyleFactor> factors, java.time.LocalTime cutoff)
      throws IOException {
    if (factors.isEmpty()) {
      return;
    }
    canvas.heading("Lifestyle factors", 12f, 40f);
    List<List<List<Run>>> rows = new ArrayList<>();
    for (LifestyleRow f : LifestyleRow.of(factors, DISPLAY)) {
      rows.add(List.of(
          List.of(Run.plain(f.factor())),
          List.of(Run.plain(f.nightsWith() + " / " + f.nightsWithout())),
          List.of(Run.plain(f.medianWith())),
          List.of(Run.plain(f.medianWithout())),
          List.of(Run.plain(f.difference())),
          List.of(Run.plain(f.note()))));
    }
    canvas.table(LIFESTYLE_COLUMNS, rows, SMALL);
    canvas.paragraph(List.of(new Run("Caffeine counts as late after " + cutoff + ". Nights on and off magnesium are"
        + " pooled; a difference is an association in this diary, not proof of cause.", false, PdfCanvas.MUTED)),
        SMALL, 0);
  }

  /** IRLS totals with their bands, beside the diary's own severity in the week before each. */
  static void irls(PdfCanvas canvas, org.rlsviewer.domain.IrlsTotals irls) throws IOException {
    if (irls.readings().isEmpty() && irls.problems().isEmpty()) {
      return;
    }
    canvas.heading("IRLS totals", 12f, 40f);
    List<List<List<Run>>> rows = new ArrayList<>();
    List<org.rlsviewer.domain.IrlsReading> readings = irls.readings();
    if (readings.size() > WEEKS_SHOWN) {
      canvas.paragraph(List.of(new Run("The latest " + WEEKS_SHOWN + " totals; " + (readings.size() - WEEKS_SHOWN)
          + " earlier ones are left out.", false, PdfCanvas.MUTED)), SMALL, 0);
      readings = readings.subList(readings.size() - WEEKS_SHOWN, readings.size());
    }
    for (IrlsRow r : IrlsRow.of(readings, DISPLAY)) {
      rows.add(List.of(
          List.of(Run.plain(r.date())),
          List.of(Run.bold(r.totalOf40())),
          List.of(Run.plain(r.band())),
          List.of(Run.plain(r.weekMedian() + " (" + r.nightsRated() + " nights rated)")),
          List.of(Run.plain(r.source()))));
    }
    if (!rows.isEmpty()) {
      canvas.table(IRLS_COLUMNS, rows, SMALL);
    }
    for (String problem : irls.problems()) {
      canvas.paragraph(List.of(Run.plain("Not used: " + problem)), SMALL, 0);
    }
    canvas.paragraph(List.of(new Run("Bands: mild 1-10, moderate 11-20, severe 21-30, very severe 31-40. Totals and"
        + " bands only; the questionnaire's items are not reproduced.", false, PdfCanvas.MUTED)), SMALL, 0);
  }

  static void gaps(PdfCanvas canvas, DiaryGaps gaps) throws IOException {
    if (gaps.missingNights().isEmpty() && !gaps.tooShortForTrend()) {
      return;
    }
    canvas.heading("Gaps in the diary", 12f, 20f);
    if (gaps.tooShortForTrend()) {
      canvas.paragraph(List.of(Run.bold("Only " + gaps.nightsLogged() + " nights logged: too short to judge a trend"
          + " (at least " + gaps.minimumNightsForTrend() + " needed).")), BODY, 0);
    }
    if (!gaps.missingNights().isEmpty()) {
      canvas.paragraph(List.of(Run.plain(gaps.missingNights().size() + " missing "
          + (gaps.missingNights().size() == 1 ? "night: " : "nights: ") + gaps.missingAsRanges())), BODY, 0);
    }
  }


  private static java.awt.Color verdictColour(Verdict v) {
    return switch (v) {
      case IMPROVED -> new java.awt.Color(0x2E, 0x7D, 0x32);
      case WORSE -> new java.awt.Color(0xB3, 0x26, 0x1E);
      case NO_CLEAR_CHANGE, NOT_ENOUGH_DATA -> PdfCanvas.TEXT;
    };
  }
}
