package org.rlsviewer.app;

import static org.rlsviewer.domain.figures.FigureFormat.TEXT;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.FigureChange;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.domain.figures.VisitChangesText;
import org.rlsviewer.domain.DiaryGaps;
import org.rlsviewer.domain.IrlsTotals;
import org.rlsviewer.domain.Provenance;
import org.rlsviewer.domain.LifestyleFactor;
import org.rlsviewer.domain.PeriodComparison;
import org.rlsviewer.domain.PeriodKind;
import org.rlsviewer.domain.TrialAnalysis;
import org.rlsviewer.domain.NightsSummary;
import org.rlsviewer.domain.figures.FlagGroup;
import org.rlsviewer.domain.figures.IrlsRow;
import org.rlsviewer.domain.figures.KeyFigureRow;
import org.rlsviewer.domain.figures.LifestyleRow;
import org.rlsviewer.domain.figures.MeasureRow;
import org.rlsviewer.domain.figures.TrialPeriodRow;
import org.rlsviewer.domain.figures.WeekRow;

/**
 * The plain-text form of the {@code summary} command: key figures, red flags, cautions and suggested
 * tests, weekly table, magnesium trial, lifestyle and gaps, one section each. Scripts read the trial lines {@code severity: <verdict>},
 * so keep their shape.
 */
final class SummaryText {

  private final PrintStream out;

  SummaryText(PrintStream out) {
    this.out = out;
  }

  void print(DiaryAnalysis analysis) {
    print(analysis, Optional.empty());
  }

  /** The sections, with page one's flags, cautions and suggested tests after the key figures when given. */
  void print(DiaryAnalysis analysis, Optional<Findings> findings) {
    keyFigures(analysis);
    findings.ifPresent(this::flagsAndTests);
    weeks(analysis.weeks());
    trial(analysis.trial());
    lifestyle(analysis.lifestyle());
    gaps(analysis.gaps());
    irls(analysis.irls());
  }

  /** The summary, then where its data came from, as on the PDF's last page. */
  void print(DiaryAnalysis analysis, Optional<Provenance> provenance, DateRange shown, String ruleSetVersion,
      String programVersion) {
    print(analysis, Optional.empty(), provenance, shown, ruleSetVersion, programVersion);
  }

  /** The summary, the changes since the last visit when one is known, and where the data came from. */
  void print(DiaryAnalysis analysis, Optional<VisitChanges> changes, Optional<Provenance> provenance, DateRange shown,
      String ruleSetVersion, String programVersion) {
    print(analysis, Optional.empty(), changes, provenance, shown, ruleSetVersion, programVersion);
  }

  /** As above, with the flags, cautions and suggested tests of the PDF's page one after the key figures. */
  void print(DiaryAnalysis analysis, Optional<Findings> findings, Optional<VisitChanges> changes,
      Optional<Provenance> provenance, DateRange shown, String ruleSetVersion, String programVersion) {
    print(analysis, findings);
    changes.ifPresent(this::changes);
    out.println();
    out.println("== Provenance ==");
    provenance.ifPresent(p -> {
      out.println("source file: " + p.sourceName() + " (" + p.sizeBytes() + " bytes)");
      out.println("sha256: " + p.sha256());
      out.println("exported: " + p.exportedAt().orElse("not stated in the diary"));
      out.println("imported: " + p.importedAt());
    });
    out.println("nights shown: " + shown.label());
    out.println("rule set: " + ruleSetVersion);
    out.println("program: RLS Diary Viewer " + programVersion);
  }

  private void changes(VisitChanges changes) {
    out.println();
    out.println("== Changes since the last visit ==");
    out.println("compared with: " + changes.lastVisit().label());
    out.println(VisitChangesText.sincePeriod(changes));
    for (FigureChange f : changes.figures()) {
      out.println(f.measure().label().toLowerCase(Locale.ROOT) + ": "
          + VisitChangesText.value(f, changes.atLastVisit(), false).replace('\u2013', '-') + " -> "
          + VisitChangesText.value(f, changes.since(), true).replace('\u2013', '-') + ": "
          + VisitChangesText.changeInWords(f));
    }
    if (changes.flags().isEmpty()) {
      out.println(VisitChangesText.NO_FLAGS);
    }
    changes.flags().forEach(f -> out.println("flag: " + VisitChangesText.flag(f, false)));
  }

  /**
   * As on the PDF's page one: red flags, then cautions, grouped by urgency, rule and wording (most
   * urgent first), each group with its nights and certainty; then the suggested tests with reasons.
   */
  void flagsAndTests(Findings findings) {
    out.println("== Red flags, cautions and suggested tests ==");
    flagGroups("red flags", findings.redFlags());
    flagGroups("cautions", findings.cautions());
    out.println("suggested tests: " + findings.tests().size());
    for (SuggestedTest t : findings.tests()) {
      out.println("- " + t.name());
      out.println("  reason: " + t.reason());
    }
    out.println("(rule set " + findings.ruleSetVersion() + "; decision support: review each flag, nothing here is"
        + " a diagnosis)");
    out.println();
  }

  private void flagGroups(String heading, List<Flag> flags) {
    List<FlagGroup> groups = FlagGroup.of(flags, false);
    out.println(heading + ": " + (flags.isEmpty() ? "none" : flags.size()
        + (groups.size() > 1 ? " in " + groups.size() + " groups" : "")));
    for (FlagGroup group : groups) {
      Flag first = group.first();
      List<String> nights = group.nights();
      out.println("- " + first.urgency().label() + ", rule " + first.ruleId() + ": " + first.title());
      out.println("  nights: " + nights.size() + " (" + String.join(", ", nights) + "); certainty: "
          + group.certainty());
      out.println("  why: " + first.rationale());
    }
  }

  private void irls(IrlsTotals irls) {
    if (irls.readings().isEmpty() && irls.problems().isEmpty()) {
      return;
    }
    out.println();
    out.println("== IRLS totals ==");
    for (IrlsRow r : IrlsRow.of(irls.readings(), TEXT)) {
      out.println(r.date() + ": " + r.totalOf40() + " (" + r.band() + "); diary severity that week: median "
          + r.weekMedian() + " of " + r.nightsRated() + " nights");
    }
    irls.problems().forEach(p -> out.println("not used: " + p));
    out.println("(bands: mild 1-10, moderate 11-20, severe 21-30, very severe 31-40; totals only, the"
        + " questionnaire's items are not reproduced)");
  }

  private void keyFigures(DiaryAnalysis a) {
    out.println("== Key figures ==");
    if (a.overall().isEmpty()) {
      out.println("no nights in this diary");
      out.println();
      return;
    }
    NightsSummary all = a.overall().get();
    KeyFigureRow.of(all, TEXT).forEach(f -> out.println(f.label() + ": " + f.value()));
    out.println();
  }

  private void weeks(List<NightsSummary> weeks) {
    out.println("== Weekly summary ==");
    out.println(String.format(Locale.ROOT, "%-23s %6s %-12s %5s %7s %6s %8s %8s %8s %7s %8s %s",
        "week", "nights", "severity", "awak", "latency", "SE%", "symptoms", "caffeine", "late caf", "alcohol",
        "exercise", "magnesium"));
    for (WeekRow w : WeekRow.of(weeks, TEXT)) {
      out.println(String.format(Locale.ROOT, "%-23s %6s %-12s %5s %7s %6s %8s %8s %8s %7s %8s %s",
          w.cells().toArray()));
    }
    out.println("(severity: median (range); awak: mean awakenings; latency: median minutes; SE%: median sleep"
        + " efficiency; counts are nights)");
    out.println();
  }

  private void trial(TrialAnalysis trial) {
    out.println("== Magnesium trial ==");
    if (!trial.hasTrial()) {
      out.println("no magnesium dose recorded in this diary");
      out.println();
      return;
    }
    for (TrialPeriodRow p : TrialPeriodRow.of(trial.periods(), TEXT)) {
      out.println(p.label() + ": " + p.dates() + ", " + p.logged() + " nights logged"
          + (p.dosePeriod() ? ", dose on " + p.nightsDosed() : "")
          + (p.sideEffects().isEmpty() ? "" : "; side effects: " + p.sideEffects()));
    }
    if (trial.periods().stream().noneMatch(p -> p.kind() == PeriodKind.BASELINE)) {
      out.println("baseline: none (magnesium from the first night)");
    }
    out.println(String.format(Locale.ROOT, "adherence: dose logged on %d of %d trial nights (%s)",
        trial.dosedNights(), trial.trialNights(), TEXT.percent(trial.adherence().orElse(0) * 100)));
    out.println("caution: " + TrialAnalysis.CAVEAT);
    for (PeriodComparison c : trial.comparisons()) {
      out.println();
      out.println(c.period().label() + " (" + c.period().first() + " to " + c.period().last()
          + ") compared with baseline:");
      for (MeasureRow m : MeasureRow.of(c.measures(), TEXT)) {
        out.println(m.measure() + ": " + m.verdictLabel());
        out.println("  median " + m.baselineMedian() + " at baseline (" + m.baselineNights() + " nights), "
            + m.periodMedian() + " in this period (" + m.periodNights() + " nights)");
        if (!m.reason().isEmpty()) {
          out.println("  " + m.reason());
        } else {
          out.println("  shift " + m.shift() + " (95% CI " + m.interval() + "), Mann-Whitney " + m.pValue());
        }
      }
    }
    out.println();
    out.println("(shift: Hodges-Lehmann estimate of period minus baseline; lower is better for severity,"
        + " awakenings and sleep latency, higher for sleep quality 1-5. A trial is judged after "
        + trial.minimumTrialNights() + " nights, with at least " + trial.minimumPeriodNights()
        + " nights in each period.)");
    out.println();
  }

  private void lifestyle(List<LifestyleFactor> factors) {
    out.println("== Lifestyle ==");
    out.println(String.format(Locale.ROOT, "%-22s %5s %8s %12s %15s %10s",
        "factor", "with", "without", "median with", "median without", "difference"));
    for (LifestyleRow f : LifestyleRow.of(factors, TEXT)) {
      out.println(String.format(Locale.ROOT, "%-22s %5s %8s %12s %15s %10s%s", f.factor(), f.nightsWith(),
          f.nightsWithout(), f.medianWith(), f.medianWithout(), f.difference(),
          f.note().isEmpty() ? "" : "  " + f.note()));
    }
    out.println("(median nightly severity 0-10, nights on and off magnesium pooled; a difference is an"
        + " association in this diary, not proof of cause)");
    out.println();
  }

  private void gaps(DiaryGaps gaps) {
    out.println("== Gaps ==");
    if (gaps.missingNights().isEmpty()) {
      out.println("missing nights: none");
    } else {
      out.println("missing nights: " + gaps.missingNights().size() + " (" + gaps.missingAsRanges() + ")");
    }
    if (gaps.tooShortForTrend()) {
      out.println("only " + gaps.nightsLogged() + " nights logged: too short to judge a trend ("
          + gaps.minimumNightsForTrend() + " needed)");
    }
  }
}
