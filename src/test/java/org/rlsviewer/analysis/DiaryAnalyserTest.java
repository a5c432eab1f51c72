package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.domain.Urgency;

class DiaryAnalyserTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  private static DiaryEntry entry(LocalDate date, Integer severity, Boolean snoring, Boolean pauses,
      String sideEffects, String notes) {
    return new DiaryEntry(2, date, severity, null, null, "", null, null, null, null, null, null, null, null, null,
        null, "", "", "", snoring, pauses, sideEffects, notes, Map.of());
  }

  private static DiaryEntry note(String notes) {
    return entry(NIGHT, 5, null, null, "", notes);
  }

  private static Diary diary(DiaryEntry... entries) {
    return new Diary(Patient.unknown(), Map.of(), List.of(entries), List.of());
  }

  private List<Flag> flags(DiaryEntry... entries) {
    return analyser.analyse(diary(entries)).flags();
  }

  /** Flags as "rule:urgency" joined by "+", or "none". */
  private String summary(String notes) {
    String s = flags(note(notes)).stream().map(f -> f.ruleId() + ":" + f.urgency().label())
        .collect(Collectors.joining("+"));
    return s.isEmpty() ? "none" : s;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      legs felt weak on the stairs                         | weakness:soon
      my left leg gave way in the kitchen                  | weakness:soon
      legs buckled getting out of bed                      | weakness:soon
      couldn't lift my foot to climb the step              | weakness:soon
      foot drop on the right since Tuesday                 | weakness:soon
      legs felt like jelly                                 | weakness:soon
      denies weakness                                      | none
      legs not weak, just restless                         | none
      toes numb again                                      | numbness:routine
      pins and needles in my feet                          | numbness:routine
      can't feel my toes                                   | numbness:routine
      tingling and numb in the left foot                   | numbness:routine
      numbess in my heel                                   | numbness:routine
      tingling and crawling as usual                       | none
      creepy-crawly feeling in both calves                 | none
      no numbness                                          | none
      not numb, just restless                              | none
      left ankle swollen again                             | swelling:urgent
      my right calf is swollen and sore                    | swelling:urgent
      one leg swollen                                      | swelling:urgent
      L leg sweling                                        | swelling:urgent
      both legs swollen by the evening                     | swelling:soon
      puffy ankles                                         | swelling:soon
      ankle swollen                                        | swelling:soon
      some oedema tonight                                  | swelling:soon
      swelling is gone                                     | none
      no swelling in the ankles                            | none
      swollen glands and sore throat                       | none
      felt like fizzy water in my calves                   | none
      fluid in my ankles by the evening                    | swelling:soon
      no numbness but left ankle swollen                   | swelling:urgent
      snoring loudly says my wife                          | apnea:soon
      partner says I stop breathing                        | apnea:soon
      woke up gasping                                      | apnea:soon
      choking at night again                               | apnea:soon
      snorring                                             | apnea:soon
      no snoring tonight                                   | none
      husband snores, kept me awake                        | none
      my mother's legs swell                               | none
      if my ankles swell I will ring the surgery           | none
      used to get numb toes as a child                     | none
      no change, left ankle still swollen                  | swelling:urgent
      """)
  void rulesReadTheNotes(String notes, String expected) {
    assertThat(summary(notes)).isEqualTo(expected);
  }

  @Test
  void swellingTitlesNameTheSide() {
    assertThat(flags(note("left ankle swollen again")).get(0).title()).isEqualTo("Swelling of the left leg");
    assertThat(flags(note("swelling in right foot")).get(0).title()).isEqualTo("Swelling of the right leg");
    assertThat(flags(note("both ankles swollen")).get(0).title()).isEqualTo("Swelling of both legs");
    assertThat(flags(note("swelling")).get(0).title()).isEqualTo("Leg swelling, side not stated");
    Flag oneLeg = flags(note("left ankle swollen")).get(0);
    assertThat(oneLeg.rationale()).contains("deep vein thrombosis").contains("same-day");
    assertThat(oneLeg.basis()).contains("NICE NG158");
    Flag both = flags(note("legs swollen")).get(0);
    assertThat(both.basis()).contains("Am Fam Physician 2022");
  }

  @Test
  void evidenceOffsetsPointAtTheMatchedWordsInTheFieldText() {
    String text = "Bad night. No numbness but my left ankle swollen again.";
    Flag flag = flags(note(text)).get(0);
    assertThat(flag.evidence().field()).isEqualTo(DiaryField.NOTES);
    assertThat(flag.evidence().fieldText()).isEqualTo(text);
    assertThat(text.substring(flag.evidence().start(), flag.evidence().end()))
        .isEqualTo(flag.evidence().matched()).isEqualTo("ankle swollen");
    assertThat(flag.evidence().date()).isEqualTo(NIGHT);
  }

  @Test
  void oneFlagPerRuleNightAndFieldWithTheMostUrgentMatchAsEvidence() {
    String text = "ankles swollen at teatime, later the left ankle swollen more, legs swollen at bedtime";
    List<Flag> flags = flags(note(text));
    assertThat(flags).hasSize(1);
    Flag flag = flags.get(0);
    assertThat(flag.urgency()).isEqualTo(Urgency.URGENT);
    assertThat(flag.title()).isEqualTo("Swelling of the left leg");
    assertThat(text.substring(flag.evidence().start(), flag.evidence().end())).isEqualTo("ankle swollen");
    assertThat(flag.evidence().start()).isEqualTo(text.indexOf("ankle swollen more"));
  }

  @Test
  void equallyUrgentMatchesKeepTheFirst() {
    List<Flag> flags = flags(note("toes numb. later numbness in the heel"));
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).evidence().start()).isEqualTo(5);
    assertThat(flags.get(0).evidence().matched()).isEqualTo("numb");
  }

  @Test
  void eachFreeTextFieldFlagsOnItsOwn() {
    List<Flag> flags = flags(entry(NIGHT, 4, null, null, "feet numb after the new tablet", "toes numb all evening"));
    assertThat(flags).extracting(f -> f.evidence().field())
        .containsExactlyInAnyOrder(DiaryField.NOTES, DiaryField.SIDE_EFFECTS);
  }

  @Test
  void structuredSnoringAndPausesRaiseApnea() {
    List<Flag> flags = flags(entry(NIGHT, 3, true, true, "", ""));
    assertThat(flags).extracting(Flag::ruleId).containsOnly("apnea");
    assertThat(flags).extracting(f -> f.evidence().field())
        .containsExactlyInAnyOrder(DiaryField.SNORING, DiaryField.BREATHING_PAUSES);
    assertThat(flags).allSatisfy(f -> {
      assertThat(f.evidence().matched()).isEqualTo("yes");
      assertThat(f.urgency()).isEqualTo(Urgency.SOON);
      assertThat(f.rationale()).contains("STOP-Bang");
    });
    assertThat(flags(entry(NIGHT, 3, false, null, "", ""))).isEmpty();
  }

  @Test
  void flagsCarryTheRuleSetVersionAndDecisionSupportWording() {
    Findings findings = analyser.analyse(diary(
        note("legs weak, toes numb, left ankle swollen, woke gasping")));
    assertThat(findings.ruleSetVersion()).isEqualTo(RuleBook.builtIn().version()).isEqualTo("2026.12-8");
    assertThat(findings.flags()).extracting(Flag::ruleId)
        .containsExactly("swelling", "apnea", "weakness", "numbness"); // urgent first, then rule id
    assertThat(findings.flags()).allSatisfy(f -> {
      assertThat(f.ruleSetVersion()).isEqualTo(RuleBook.builtIn().version());
      assertThat(f.rationale()).containsAnyOf("consider", "review");
      assertThat(f.rationale().toLowerCase()).doesNotContain("stop taking").doesNotContain("diagnosis of");
      assertThat(f.basis()).isNotBlank();
    });
  }

  @Test
  void ironTestsAreAlwaysSuggestedAndSleepStudyOnlyWithApnea() {
    Findings quiet = analyser.analyse(diary(note("restless from 9pm")));
    assertThat(quiet.tests()).extracting(SuggestedTest::id).containsExactly("ferritin", "iron-studies", "cbc");
    SuggestedTest ferritin = quiet.tests().get(0);
    assertThat(ferritin.name()).isEqualTo("Ferritin");
    assertThat(ferritin.reason()).contains("75 ng/mL").contains("20%").contains("morning")
        .contains("symptoms on 1 of 1 logged nights");
    assertThat(ferritin.basis()).isEqualTo("AASM 2024 RLS guideline (Winkelman 2025)");
    assertThat(quiet.tests().get(1).name()).isEqualTo("Iron studies: serum iron, TIBC, transferrin saturation");

    Findings snorer = analyser.analyse(diary(
        entry(NIGHT, 3, true, null, "", "snoring"),
        entry(NIGHT.plusDays(1), 3, null, true, "", ""),
        entry(NIGHT.plusDays(2), 3, false, false, "", "")));
    assertThat(snorer.tests()).extracting(SuggestedTest::id).containsExactly("ferritin", "iron-studies", "cbc", "sleep-study");
    SuggestedTest sleepStudy = snorer.tests().get(3);
    assertThat(sleepStudy.reason()).contains("on 2 of 3 logged nights");
    assertThat(sleepStudy.basis()).isEqualTo("AASM 2017 (Kapur)");
  }

  @Test
  void emptyDiaryStillSuggestsIronTests() {
    Findings findings = analyser.analyse(diary());
    assertThat(findings.flags()).isEmpty();
    assertThat(findings.tests()).extracting(SuggestedTest::id).containsExactly("ferritin", "iron-studies", "cbc");
    assertThat(findings.figures().nightsInPeriod()).isZero();
    assertThat(findings.figures().medianSeverity()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] severities {0} -> median {1}")
  @CsvSource(delimiter = '|', textBlock = """
      5              | 5.0
      2,8            | 5.0
      1,2,3,4        | 2.5
      7,null,3       | 5.0
      0,9,4          | 4.0
      null,null      | none
      """)
  void medianSeverityIgnoresUnratedNights(String severities, String expected) {
    List<Integer> values = Arrays.stream(severities.split(","))
        .map(s -> s.strip().equals("null") ? null : Integer.valueOf(s.strip())).toList();
    DiaryEntry[] entries = new DiaryEntry[values.size()];
    for (int i = 0; i < values.size(); i++) {
      entries[i] = entry(NIGHT.plusDays(i), values.get(i), null, null, "", "");
    }
    var median = analyser.analyse(diary(entries)).figures().medianSeverity();
    assertThat(median.isPresent() ? String.valueOf(median.getAsDouble()) : "none").isEqualTo(expected);
  }

  @Test
  void keyFiguresCountNights() {
    var figures = analyser.analyse(diary(
        entry(NIGHT, 0, null, null, "", ""),
        entry(NIGHT.plusDays(2), 6, null, null, "", ""),
        entry(NIGHT.plusDays(5), null, null, null, "", ""),
        entry(NIGHT.plusDays(9), 3, null, null, "", ""))).figures();
    assertThat(figures.nightsInPeriod()).isEqualTo(10);
    assertThat(figures.nightsLogged()).isEqualTo(4);
    assertThat(figures.nightsRated()).isEqualTo(3);
    assertThat(figures.nightsWithSymptoms()).isEqualTo(2);
    assertThat(figures.medianSeverity()).hasValue(3.0);
  }
}
