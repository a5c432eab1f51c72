package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsviewer.importer.ImportOptions;

/** The {@code summary} command on the samples whose stories say how the magnesium trial went. */
class SummaryCommandTest extends CommandLineTestCase {

  private static final List<String> MEASURES = List.of("severity", "awakenings", "sleep latency", "sleep quality");

  private int run(String... args) {
    return runOn(service(ImportOptions.defaults()), args);
  }

  /** The line right after "measure: verdict", holding the shift, interval and p-value. */
  private String numbersAfter(String verdictLine) {
    List<String> lines = outLines();
    return lines.get(lines.indexOf(verdictLine) + 2);
  }

  @Test
  void printsOneSectionEach() {
    assertThat(run("summary", "samples/magnesium-responder.csv")).isZero();
    assertThat(outLines()).containsSubsequence("== Key figures ==", "== Weekly summary ==",
        "== Magnesium trial ==", "== Lifestyle ==", "== Gaps ==");
    assertThat(outLines()).contains("nights logged: 46 of 49",
        "missing nights: 3 (2024-02-14, 2024-02-28, 2024-03-14)");
  }

  @Test
  void symptomsEasingOnMagnesiumAreImprovedWithShiftAndInterval() {
    assertThat(run("summary", "samples/magnesium-responder.csv")).isZero();
    List<String> lines = outLines();
    assertThat(lines).contains("severity: improved", "awakenings: improved", "sleep latency: improved");
    assertThat(numbersAfter("severity: improved")).matches("  shift -\\d+\\.\\d \\(95% CI -\\d+\\.\\d to -\\d+\\.\\d\\),"
        + " Mann-Whitney p [<=] 0\\.\\d+");
    assertThat(lines).anyMatch(l -> l.startsWith("magnesium 200-300 mg: 2024-02-19 to 2024-03-24"));
    assertThat(lines).anyMatch(l -> l.startsWith("adherence: dose logged on 32 of 35 trial nights"));
  }

  @Test
  void aTrialWithoutEffectIsNoClearChangeOnEveryMeasure() {
    assertThat(run("summary", "samples/magnesium-no-change.csv")).isZero();
    assertThat(outLines()).containsSubsequence(MEASURES.stream().map(m -> m + ": no clear change").toList());
    assertThat(numbersAfter("severity: no clear change")).contains("shift", "95% CI", "Mann-Whitney p");
  }

  @Test
  void aTenNightDiaryIsNotEnoughDataAndTooShortForATrend() throws URISyntaxException {
    Path tenNights = Path.of(getClass().getResource("ten-nights.csv").toURI());
    assertThat(run("summary", tenNights.toString())).isZero();
    assertThat(outLines()).containsSubsequence(MEASURES.stream().map(m -> m + ": not enough data").toList());
    assertThat(outLines()).contains("only 10 nights logged: too short to judge a trend (14 needed)");
  }

  @Test
  void aOneWeekBaselineIsNotEnoughDataAndSideEffectsAreListed() {
    assertThat(run("summary", "samples/diarrhoea-400mg.csv")).isZero();
    assertThat(outLines()).contains("severity: not enough data", "  baseline has 6 nights with severity, 7 needed");
    assertThat(outLines()).anyMatch(l -> l.startsWith("magnesium 400 mg:")
        && l.endsWith("side effects: diarrhoea on 11 nights, cramping on 3 nights"));
  }

  @Test
  void pageOnesFlagsAndTestsFollowTheKeyFigures() {
    assertThat(run("summary", "samples/one-sided-swelling.csv")).isZero();
    assertThat(outLines()).containsSubsequence("== Key figures ==", "mean awakenings: 2.3", "",
        "== Red flags, cautions and suggested tests ==",
        "red flags: 4",
        "- urgent, rule swelling: Swelling of the left leg",
        "  nights: 4 (2024-04-23, 2024-04-25, 2024-04-28, 2024-05-02); certainty: definite",
        "  why: Swelling of one leg: consider same-day assessment for deep vein thrombosis (Wells score, ultrasound).",
        "cautions: none",
        "suggested tests: 4",
        "- Ferritin",
        "- Same-day leg vein ultrasound (duplex)",
        "  reason: Swelling of one leg on 2024-04-23: consider same-day assessment with a Wells score and, as"
            + " indicated, a proximal leg vein ultrasound (or D-dimer).",
        "", "== Weekly summary ==");
  }

  @Test
  void cautionsAreGroupedByRuleWithTheMagnesiumTotalAndHowItWasCounted() {
    assertThat(run("summary", "samples/diarrhoea-400mg.csv")).isZero();
    List<String> lines = outLines();
    assertThat(lines).containsSubsequence("red flags: none", "cautions: 2 in 2 groups",
        "- routine, rule magnesium-dose: Magnesium above the upper limit", "  nights: 1 (2025-01-13); certainty: definite",
        "- routine, rule magnesium-side-effect: Gut side effects on magnesium", "suggested tests: 4",
        "- Kidney function: creatinine and eGFR");
    assertThat(lines).anyMatch(l -> l.startsWith("  why: Supplemental magnesium of 400 mg a day on 2025-01-13"
        + " (magnesium_mg column 400 mg; notes \u201cmagnesium oxide 400mg\u201d names the same 400 mg, counted once)"));
    assertThat(lines).anyMatch(l -> l.contains("Higher doses of magnesium can cause diarrhoea"));
  }

  @Test
  void theTrialSaysWhatAnUnblindedComparisonInOnePatientCannotShow() {
    assertThat(run("summary", "samples/magnesium-responder.csv")).isZero();
    assertThat(outLines()).containsSubsequence("== Magnesium trial ==", "caution: This is an unblinded"
        + " before-and-after comparison in one patient: the patient knew when magnesium was taken, and the periods"
        + " may differ in more than magnesium, so a change is not proof that magnesium caused it. Evidence for"
        + " magnesium in RLS is limited (Marshall NS et al. Sleep Med Rev 2019;48:101218).", "severity: improved");
  }

  @Test
  void labsMeetingTheIronThresholdNameItInTheFerritinHeading() throws Exception {
    Path diary = temp.resolve("p.csv");
    Files.writeString(diary, """
        date,severity,notes
        2026-01-01,6,
        2026-01-02,5,
        """, StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("p.labs.csv"), """
        date,test,value,unit
        2025-12-20,ferritin,40,ng/mL
        """, StandardCharsets.UTF_8);
    assertThat(run("summary", diary.toString())).isZero();
    assertThat(outLines()).contains("- Ferritin: AASM iron threshold met (ferritin 40 ng/mL)");
  }

  @Test
  void aDiaryWithoutMagnesiumSaysSo() {
    assertThat(run("summary", "samples/negations.csv")).isZero();
    assertThat(outLines()).contains("no magnesium dose recorded in this diary")
        .noneMatch(l -> l.startsWith("severity:"));
  }

  @Test
  void anEmptyDiaryStillPrintsEverySection() {
    assertThat(run("summary", "samples/template.csv")).isZero();
    assertThat(outLines()).containsSubsequence("== Key figures ==", "no nights in this diary", "== Weekly summary ==",
        "== Magnesium trial ==", "no magnesium dose recorded in this diary", "== Lifestyle ==", "== Gaps ==",
        "missing nights: none", "only 0 nights logged: too short to judge a trend (14 needed)");
  }

  @Test
  void theCaffeineCutoffIsAnOption() throws Exception {
    Path file = temp.resolve("d.csv");
    Files.writeString(file, """
        date,severity,caffeine_mg,last_caffeine
        2026-01-01,6,100,16:00
        2026-01-02,2,100,14:00
        """, StandardCharsets.UTF_8);
    assertThat(run("summary", "--caffeine-cutoff", "17:00", file.toString())).isZero();
    assertThat(outLines()).anyMatch(l -> l.matches("caffeine after 17:00 +0 +2 .*"));
  }

  @Test
  void wrongUsageExitsWithUsage() {
    assertThat(run("summary")).isEqualTo(CommandLine.USAGE);
    assertThat(run("summary", "--caffeine-cutoff", "3pm", "d.csv")).isEqualTo(CommandLine.USAGE);
    assertThat(run("summary", "a.csv", "b.csv")).isEqualTo(CommandLine.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("HH:mm", "exactly one diary");
    assertThat(run("summary", temp.resolve("nope.csv").toString())).isEqualTo(CommandLine.NOT_A_DIARY);
  }

  @Test
  void helpDescribesTheSummary() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("summary [--caffeine-cutoff HH:mm] DIARY.csv",
        "severity: improved|no clear change|worse|not enough data");
  }
}
