package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Flag;

/** The magnesium cautions over several nights: which night they fire on and what they say. */
class MagnesiumRulesTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  private static DiaryEntry night(int day, Integer mg, String supplements, String sideEffects, String notes) {
    return RuleEngineTest.night(FIRST.plusDays(day), mg, null, null, supplements, sideEffects, notes);
  }

  private Optional<Flag> flag(String ruleId, List<DiaryEntry> nights) {
    return analyser.analyse(RuleEngineTest.diary(nights)).flags().stream()
        .filter(f -> f.ruleId().equals(ruleId)).findFirst();
  }

  @Test
  void doseCautionFiresOnTheFirstNightTheTotalFromTheWordsPassesTheLimit() {
    Flag dose = flag("magnesium-dose", List.of(
        night(0, null, "magnesium glycinate 200mg", null, ""),
        night(1, null, "magnesium glycinate 200mg", null, "added magnesium oxide 250 mg at lunch"),
        night(2, null, "Magnesium 2 x 200 mg", null, ""))).orElseThrow();
    assertThat(dose.evidence().date()).isEqualTo(FIRST.plusDays(1));
    assertThat(dose.evidence().field()).isEqualTo(DiaryField.SUPPLEMENTS);
    assertThat(dose.evidence().matched()).isEqualTo("magnesium glycinate 200mg");
    assertThat(dose.rationale()).contains("450 mg a day on 2026-03-02 (supplements \u201cmagnesium glycinate 200mg\u201d"
        + " = 200 mg + notes \u201cmagnesium oxide 250 mg\u201d = 250 mg)")
        .contains("above it on 2 nights, highest 450 mg").contains("limit of 350 mg");
  }

  @Test
  void theSameFigureInTheColumnAndANoteIsNotCountedTwice() {
    assertThat(flag("magnesium-dose", List.of(night(0, 300, null, null, "took my magnesium 300mg tonight"))))
        .isEmpty();
    Flag dose = flag("magnesium-dose", List.of(night(0, 300, null, null, "plus a magnesium spray, 6 sprays"
        + " (each 10 mg)"))).orElseThrow();
    assertThat(dose.rationale()).contains("360 mg a day");
  }

  @Test
  void theLimitComesFromTheRuleArgument() throws Exception {
    String text;
    try (var in = RuleBook.class.getResourceAsStream("ruleset.txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    RuleBook strict = RuleBook.read(new java.io.StringReader(text.replace("trigger: magnesium-dose 350",
        "trigger: magnesium-dose 250")), "strict.txt");
    var findings = new DiaryAnalyser(strict).analyse(RuleEngineTest.diary(List.of(night(0, null, null, null,
        "Mg 300mg"))));
    assertThat(findings.flags()).extracting(Flag::ruleId).contains("magnesium-dose");
    assertThat(findings.flags().get(0).rationale()).contains("upper limit of 250 mg");
  }

  @Test
  void sideEffectsBeforeTheFirstDoseAreNotCountedAgainstMagnesium() {
    Flag side = flag("magnesium-side-effect", List.of(
        night(0, null, null, "diarrhoea", ""),
        night(1, null, null, "diarrhoea", ""),
        night(2, 200, null, "", ""),
        night(3, 200, null, "loose stools", ""))).orElseThrow();
    assertThat(side.evidence().date()).isEqualTo(FIRST.plusDays(3));
    assertThat(side.rationale()).contains("on 1 night").contains("first magnesium night (2026-03-03)")
        .contains("Higher doses of magnesium can cause diarrhoea");
    assertThat(flag("magnesium-side-effect", List.of(night(0, null, null, "diarrhoea", ""),
        night(1, 200, null, "", "")))).isEmpty();
  }

  @Test
  void kidneyCautionIsRaisedOnTheFirstMagnesiumNightAfterTheMention() {
    Flag kidney = flag("magnesium-kidney", List.of(
        night(0, null, null, null, "GP says I have kidney disease stage 3"),
        night(1, null, null, null, ""),
        night(2, 200, null, null, "started magnesium"))).orElseThrow();
    assertThat(kidney.evidence().date()).isEqualTo(FIRST.plusDays(2));
    assertThat(kidney.evidence().field()).isEqualTo(DiaryField.MAGNESIUM_MG);
    assertThat(kidney.rationale()).contains("\u201ckidney disease\u201d on 2026-03-01, magnesium taken on 2026-03-03");
  }

  @Test
  void kidneyMentionOnAMagnesiumNightPointsAtTheWords() {
    Flag kidney = flag("magnesium-kidney", List.of(night(0, 200, null, null, ""),
        night(1, 200, null, null, "on dialysis three times a week"))).orElseThrow();
    assertThat(kidney.evidence().date()).isEqualTo(FIRST.plusDays(1));
    assertThat(kidney.evidence().matched()).isEqualTo("dialysis");
  }

  @Test
  void kidneyMentionAfterTheLastMagnesiumNightIsStatedOnceOnTheMentionsNight() {
    List<Flag> flags = analyser.analyse(RuleEngineTest.diary(List.of(night(0, 200, null, null, ""),
        night(1, null, null, null, "dialysis tomorrow"), night(2, null, null, null, "dialysis again")))).flags()
        .stream().filter(f -> f.ruleId().equals("magnesium-kidney")).toList();
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).evidence().date()).isEqualTo(FIRST.plusDays(1));
    assertThat(flags.get(0).rationale()).contains("magnesium is recorded only before this mention");
    assertThat(flag("magnesium-kidney", List.of(night(0, null, null, null, "dialysis tomorrow")))).isEmpty();
  }
}
