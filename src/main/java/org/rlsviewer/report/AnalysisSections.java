package org.rlsviewer.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.rlsviewer.domain.DiaryGaps;
import org.rlsviewer.domain.LifestyleFactor;
import org.rlsviewer.domain.MeasureComparison;
import org.rlsviewer.domain.NightsSummary;
import org.rlsviewer.domain.PeriodComparison;
import org.rlsviewer.domain.TrialAnalysis;
import org.rlsviewer.domain.TrialPeriod;
import org.rlsviewer.domain.TrialMeasure;
import org.rlsviewer.domain.Verdict;
import org.rlsviewer.report.PdfCanvas.Column;
import org.rlsviewer.report.PdfCanvas.Run;

/** The diary analysis in the visit summary: trial verdict, weekly table, lifestyle and gaps. */
final class AnalysisSections {

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
    runs.add(Run.plain(numbers(severity)));
    runs.add(new Run("; " + TrialAnalysis.CAVEAT_SHORT, false, PdfCanvas.MUTED));
    return runs;
  }

  private static String numbers(MeasureComparison m) {
    if (m.verdict() == Verdict.NOT_ENOUGH_DATA) {
      return m.reason().isBlank() ? "" : " (" + m.reason() + ")";
    }
    StringBuilder sb = new StringBuilder(" (median ");
    sb.append(number(m.baselineMedian())).append(" \u2192 ").append(number(m.periodMedian()));
    m.shift().ifPresent(s -> sb.append(", shift ").append(signed(s)));
    if (m.ciLow().isPresent() && m.ciHigh().isPresent()) {
      sb.append(", 95% CI ").append(signed(m.ciLow().getAsDouble())).append(" to ")
          .append(signed(m.ciHigh().getAsDouble()));
    }
    m.pValue().ifPresent(p -> sb.append(", ").append(pValue(p)));
    return sb.append(')').toString();
  }

  static void trial(PdfCanvas canvas, TrialAnalysis trial) throws IOException {
    canvas.heading("Magnesium trial", 12f, 40f);
    if (!trial.hasTrial()) {
      canvas.paragraph(List.of(Run.plain("No magnesium dose is recorded in this diary.")), BODY, 0);
      return;
    }
    List<List<List<Run>>> periods = new ArrayList<>();
    for (TrialPeriod p : trial.periods()) {
      periods.add(List.of(
          List.of(Run.bold(p.label())),
          List.of(Run.plain(p.first() + " to " + p.last())),
          List.of(Run.plain(p.nightsLogged() + " of " + p.nightsInPeriod())),
          List.of(Run.plain(p.kind() == org.rlsviewer.domain.PeriodKind.DOSE
              ? p.nightsDosed() + " nights, median " + number(p.medianDoseMg()) + " mg" : "\u2013")),
          List.of(Run.plain(p.sideEffects().isEmpty() ? "none noted" : p.sideEffects().stream()
              .map(e -> e.effect() + " on " + e.nights() + (e.nights() == 1 ? " night" : " nights"))
              .collect(Collectors.joining(", "))))));
    }
    canvas.table(List.of(new Column("Period", 1.4f), new Column("Nights", 1.6f), new Column("Logged", 0.8f),
        new Column("Dose", 1.3f), new Column("Side effects", 2.2f)), periods, SMALL);
    canvas.gap(2);
    canvas.paragraph(List.of(Run.plain(TrialAnalysis.CAVEAT)), BODY, 0);
    if (trial.adherence().isPresent()) {
      canvas.paragraph(List.of(Run.plain("Adherence: dose logged on " + trial.dosedNights() + " of "
          + trial.trialNights() + " trial nights (" + Math.round(trial.adherence().getAsDouble() * 100) + "%).")),
          BODY, 0);
    }
    for (PeriodComparison comparison : trial.comparisons()) {
      canvas.gap(4);
      canvas.paragraph(List.of(Run.bold(comparison.period().label() + " (" + comparison.period().first() + " to "
          + comparison.period().last() + ") compared with baseline")), BODY, 0);
      List<List<List<Run>>> rows = new ArrayList<>();
      for (MeasureComparison m : comparison.measures()) {
        rows.add(List.of(
            List.of(Run.plain(m.measure().label())),
            List.of(new Run(m.verdict().label(), true, verdictColour(m.verdict()))),
            List.of(Run.plain(number(m.baselineMedian()) + " (" + m.baselineNights() + ")")),
            List.of(Run.plain(number(m.periodMedian()) + " (" + m.periodNights() + ")")),
            List.of(Run.plain(m.shift().isPresent() ? signed(m.shift().getAsDouble()) : "\u2013")),
            List.of(Run.plain(m.ciLow().isPresent() && m.ciHigh().isPresent()
                ? signed(m.ciLow().getAsDouble()) + " to " + signed(m.ciHigh().getAsDouble()) : "\u2013")),
            List.of(Run.plain(m.pValue().isPresent() ? pValue(m.pValue().getAsDouble())
                : m.reason().isBlank() ? "\u2013" : m.reason()))));
      }
      canvas.table(List.of(new Column("Measure", 1.1f), new Column("Verdict", 1.2f),
          new Column("Baseline median (nights)", 1.1f), new Column("Period median (nights)", 1.1f),
          new Column("Shift", 0.7f), new Column("95% CI", 1.1f), new Column("Mann-Whitney", 1.5f)), rows, SMALL);
    }
    canvas.paragraph(List.of(new Run("Shift: Hodges-Lehmann estimate of the period minus baseline. Lower is"
        + " better for severity, awakenings and sleep latency; higher for sleep quality (1-5). A trial is judged"
        + " after " + trial.minimumTrialNights() + " nights, with at least " + trial.minimumPeriodNights()
        + " nights in each period. Review the numbers, not only the verdict.", false, PdfCanvas.MUTED)), SMALL, 0);
  }

  static void weeks(PdfCanvas canvas, List<NightsSummary> weeks) throws IOException {
    if (weeks.isEmpty()) {
      return;
    }
    canvas.heading("Weekly summary", 12f, 40f);
    List<List<List<Run>>> rows = new ArrayList<>();
    for (NightsSummary w : weeks) {
      rows.add(List.of(
          List.of(Run.plain(w.start() + " to " + w.end())),
          List.of(Run.plain(w.nightsLogged() + "/" + w.nightsInWeek())),
          List.of(Run.plain(number(w.medianSeverity()) + range(w.minSeverity(), w.maxSeverity()))),
          List.of(Run.plain(number(w.meanAwakenings()))),
          List.of(Run.plain(number(w.medianLatencyMin()))),
          List.of(Run.plain(w.medianSleepEfficiencyPct().isPresent()
              ? Math.round(w.medianSleepEfficiencyPct().getAsDouble()) + "%" : "\u2013")),
          List.of(Run.plain(String.valueOf(w.nightsWithSymptoms()))),
          List.of(Run.plain(w.caffeineNights() + " (" + w.lateCaffeineNights() + " late)")),
          List.of(Run.plain(String.valueOf(w.alcoholNights()))),
          List.of(Run.plain(String.valueOf(w.exerciseNights()))),
          List.of(Run.plain(w.medianMagnesiumMg().isPresent()
              ? Math.round(w.medianMagnesiumMg().getAsDouble()) + " mg on " + w.magnesiumNights() : "none"))));
    }
    canvas.table(List.of(new Column("Week", 1.5f), new Column("Nights", 0.72f), new Column("Severity", 0.92f),
        new Column("Awak.", 0.62f), new Column("Latency min", 0.82f), new Column("Sleep eff.", 0.72f),
        new Column("Symptoms", 0.92f), new Column("Caffeine", 0.92f), new Column("Alcohol", 0.82f),
        new Column("Exercise", 0.92f), new Column("Magnesium", 1.05f)), rows, 7.5f);
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
    for (LifestyleFactor f : factors) {
      rows.add(List.of(
          List.of(Run.plain(f.factor())),
          List.of(Run.plain(f.nightsWith() + " / " + f.nightsWithout())),
          List.of(Run.plain(number(f.medianSeverityWith()))),
          List.of(Run.plain(number(f.medianSeverityWithout()))),
          List.of(Run.plain(f.difference().isPresent() ? signed(f.difference().getAsDouble()) : "\u2013")),
          List.of(Run.plain(f.nightsWith() + f.nightsWithout() == 0 ? "not recorded in this diary"
              : f.fewNights() ? "few nights: fewer than " + f.minimumNights() + " on one side, not a pattern" : ""))));
    }
    canvas.table(List.of(new Column("Factor", 1.5f), new Column("Nights with / without", 1.1f),
        new Column("Median severity with", 1.1f), new Column("without", 0.9f), new Column("Difference", 1.05f),
        new Column("Note", 2.4f)), rows, SMALL);
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
    for (org.rlsviewer.domain.IrlsReading r : irls.readings()) {
      rows.add(List.of(
          List.of(Run.plain(r.score().date().toString())),
          List.of(Run.bold(r.score().total() + " of 40")),
          List.of(Run.plain(r.score().band().label())),
          List.of(Run.plain(number(r.weekSeverityMedian()) + " (" + r.nightsRated() + " nights rated)")),
          List.of(Run.plain(r.score().source() == org.rlsviewer.domain.IrlsScore.Source.DIARY
              ? "diary" : "entered by the clinician"))));
    }
    if (!rows.isEmpty()) {
      canvas.table(List.of(new Column("Date", 1.1f), new Column("IRLS total", 0.9f), new Column("Band", 1.0f),
          new Column("Diary severity that week (median)", 1.9f), new Column("From", 1.3f)), rows, SMALL);
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

  private static String range(OptionalInt min, OptionalInt max) {
    return min.isPresent() && max.isPresent() ? " (" + min.getAsInt() + "-" + max.getAsInt() + ")" : "";
  }

  static String number(OptionalDouble value) {
    if (value.isEmpty()) {
      return "\u2013";
    }
    double v = value.getAsDouble();
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String signed(double value) {
    String n = number(OptionalDouble.of(Math.abs(value)));
    return value > 0 ? "+" + n : value < 0 ? "\u2212" + n : "0";
  }

  private static String pValue(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }
}
