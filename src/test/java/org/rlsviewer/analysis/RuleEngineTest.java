package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
import org.rlsviewer.domain.SuppressedMention;

/** Each rule of the built-in rule set, both ways, with the words that fired it. */
class RuleEngineTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  static DiaryEntry night(LocalDate date, Integer magnesiumMg, String form, String medications,
      String supplements, String sideEffects, String notes) {
    return new DiaryEntry(2, date, 5, null, null, "", null, null, null, null, null, null, null, null, null,
        magnesiumMg, nz(form), nz(medications), nz(supplements), null, null, nz(sideEffects), nz(notes), Map.of());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  static Diary diary(List<DiaryEntry> entries) {
    return new Diary(Patient.unknown(), Map.of(), entries, List.of());
  }

  /** Flags as "rule:urgency:evidence" joined by " + ", or "none". */
  private String flags(Integer mg, String form, String meds, String supplements, String sideEffects, String notes) {
    Findings f = analyser.analyse(diary(List.of(night(NIGHT, mg, form, meds, supplements, sideEffects, notes))));
    String s = f.flags().stream().map(x -> x.ruleId() + ":" + x.urgency().label() + ":" + x.evidence().matched())
        .sorted().collect(Collectors.joining(" + "));
    return s.isEmpty() ? "none" : s;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      both legs numb and I wet myself                       | cauda-equina:urgent:numb and I wet myself + numbness:routine:numb
      both legs weak, could not pee this morning            | cauda-equina:urgent:legs weak, could not pee + weakness:soon:legs weak
      legs went numb and lost control of my bladder         | cauda-equina:urgent:numb and lost control of my bladder + numbness:routine:numb
      numb between my legs and bladder leaking              | cauda-equina:urgent:numb between my legs and bladder leaking + numbness:routine:numb
      legs weak and numb bum                                | cauda-equina:urgent:legs weak and numb bum + numbness:routine:numb + weakness:soon:legs weak
      left leg numb, wet myself laughing                    | numbness:routine:numb
      both feet numb on the bottom of my feet               | numbness:routine:numb
      legs weak but no bladder or bowel problems            | weakness:soon:legs weak
      if my bladder goes I will call 111                    | none
      my dad wet himself, legs weak                         | weakness:soon:legs weak
      left calf swollen                                     | swelling:urgent:calf swollen
      ankles swollen and my calf is red and hot             | swelling:urgent:ankles swollen
      ankles swollen and calf sore to touch                 | swelling:urgent:ankles swollen
      ankles swollen and short of breath                    | swelling:urgent:ankles swollen
      both ankles swollen, chest pain walking upstairs      | swelling:urgent:ankles swollen
      both ankles swollen                                   | swelling:soon:ankles swollen
      short of breath on the hill, no swelling              | none
      calf sore after the gym                               | none
      my right leg gave way on the stairs                   | weakness:soon:leg gave way
      legs not weak, just restless                          | none
      pins and needles in my toes                           | numbness:routine:pins and needles
      no pins and needles tonight                           | none
      she says I stopped breathing twice                    | apnea:soon:stopped breathing
      the dog snores                                        | none
      """)
  void redFlags(String notes, String expected) {
    assertThat(flags(null, null, null, null, null, notes)).isEqualTo(expected);
  }

  @Test
  void swellingWithBreathlessnessUsesEmergencyWording() {
    Flag f = analyser.analyse(diary(List.of(night(NIGHT, null, null, null, null, null,
        "left ankle swollen and out of breath")))).flags().get(0);
    assertThat(f.ruleId()).isEqualTo("swelling");
    assertThat(f.title()).startsWith("Possible emergency");
    assertThat(f.rationale()).contains("emergency").contains("pulmonary embolism");
    Flag cauda = analyser.analyse(diary(List.of(night(NIGHT, null, null, null, null, null,
        "both legs numb and I wet myself")))).flags().stream().filter(x -> x.ruleId().equals("cauda-equina"))
        .findFirst().orElseThrow();
    assertThat(cauda.title()).startsWith("Possible emergency");
    assertThat(cauda.rationale()).contains("emergency").contains("MRI");
  }

  @ParameterizedTest(name = "[{index}] meds {0} / notes {1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      pramipexole 0.25mg       | restless in my arms too tonight             | augmentation:soon:arms too
      ropinirole               | started earlier in the afternoon            | augmentation:soon:earlier in the afternoon
      Requip                   | legs suddenly worse this week               | augmentation:soon:suddenly worse
      -                        | restless in my arms too tonight             | none
      stopped pramipexole in May | restless in my arms too tonight           | none
      pramipexole              | my husband's arms twitchy too               | none
      """)
  void augmentation(String meds, String notes, String expected) {
    assertThat(flags(null, null, meds, null, null, notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} mg {1} / supp {2} / side {3} / notes {4} -> {5}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      400 | oxide    | -                        | -                   | -                              | magnesium-dose:routine:400
      350 | citrate  | -                        | -                   | -                              | none
      -   | -        | magnesium citrate 500mg  | -                   | -                              | magnesium-dose:routine:magnesium citrate 500mg
      300 | oxide    | -                        | diarrhoea           | -                              | magnesium-side-effect:routine:diarrhoea
      200 | citrate  | -                        | -                   | felt sick and stomach cramps   | magnesium-side-effect:routine:felt sick
      0   | oxide    | -                        | diarrhoea           | -                              | none
      -   | -        | -                        | diarrhoea           | -                              | none
      200 | glycinate| -                        | no diarrhoea        | leg cramps at 2am              | none
      200 | glycinate| -                        | -                   | I have kidney disease stage 4  | magnesium-kidney:soon:kidney disease
      200 | glycinate| -                        | -                   | on dialysis three times a week | magnesium-kidney:soon:dialysis
      200 | glycinate| -                        | -                   | eGFR 25 at last check          | magnesium-kidney:soon:eGFR
      200 | glycinate| -                        | -                   | eGFR 85 at last check          | none
      200 | glycinate| -                        | -                   | no kidney problems             | none
      -   | -        | -                        | -                   | on dialysis three times a week | none
      200 | glycinate| -                        | -                   | mum has kidney disease         | none
      """)
  void magnesium(Integer mg, String form, String supplements, String sideEffects, String notes, String expected) {
    assertThat(flags(mg, form, null, supplements, sideEffects, notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] mg {0} meds {1} notes {2} -> {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      -   | sertraline 50mg                 | -                                | aggravating-medication:routine:sertraline
      -   | stopped sertraline in May       | -                                | none
      -   | -                               | took a Benadryl to help me sleep | aggravating-medication:routine:Benadryl
      -   | -                               | not taking mirtazapine any more  | none
      -   | -                               | doctor might try amitriptyline   | none
      -   | quetiapine, amlodipine          | -                                | aggravating-medication:routine:quetiapine
      -   | sertaline                       | -                                | aggravating-medication:routine:sertaline
      -   | metformin, amlodipine           | -                                | none
      -   | -                               | I am 30 weeks pregnant           | pregnancy:routine:weeks pregnant
      -   | -                               | still breastfeeding at night     | pregnancy:routine:breastfeeding
      -   | -                               | my daughter is pregnant          | none
      -   | -                               | had RLS when I was pregnant      | none
      200 | alendronic acid weekly          | -                                | magnesium-interaction:routine:alendronic
      200 | doxycycline for my chest        | -                                | magnesium-interaction:routine:doxycycline
      -   | doxycycline for my chest        | -                                | none
      """)
  void cautions(Integer mg, String meds, String notes, String expected) {
    assertThat(flags(mg, mg == null ? null : "citrate", meds, null, null, notes)).isEqualTo(expected);
  }

  @Test
  void cautionsFireOncePerDiaryWithCountsAndOncePerMedicine() {
    List<DiaryEntry> nights = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      nights.add(night(NIGHT.plusDays(i), 400, "oxide", "sertraline, quetiapine", null, i % 2 == 0 ? "diarrhoea" : "",
          ""));
    }
    List<Flag> flags = analyser.analyse(diary(nights)).flags();
    assertThat(flags).extracting(Flag::ruleId).containsExactlyInAnyOrder("magnesium-dose", "magnesium-side-effect",
        "aggravating-medication", "aggravating-medication");
    Flag dose = flags.stream().filter(f -> f.ruleId().equals("magnesium-dose")).findFirst().orElseThrow();
    assertThat(dose.rationale()).contains("400 mg a day on 2026-03-01 (magnesium_mg column 400 mg)")
        .contains("above it on 5 nights").contains("350 mg");
    assertThat(dose.evidence().date()).isEqualTo(NIGHT);
    Flag side = flags.stream().filter(f -> f.ruleId().equals("magnesium-side-effect")).findFirst().orElseThrow();
    assertThat(side.rationale()).contains("on 3 nights").contains("400 mg, oxide");
    assertThat(flags.stream().filter(f -> f.ruleId().equals("aggravating-medication")).map(Flag::title))
        .containsExactlyInAnyOrder("Sertraline: may worsen RLS", "Quetiapine: may worsen RLS");
    assertThat(flags).allSatisfy(f -> assertThat(f.rationale().toLowerCase()).doesNotContain("stop"));
    Findings findings = analyser.analyse(diary(nights));
    assertThat(findings.cautions()).hasSize(4);
    assertThat(findings.redFlags()).isEmpty();
    Findings both = analyser.analyse(diary(List.of(night(NIGHT, 400, "oxide", null, null, null, "toes numb"))));
    assertThat(both.redFlags()).extracting(Flag::ruleId).containsExactly("numbness");
    assertThat(both.cautions()).extracting(Flag::ruleId).containsExactly("magnesium-dose");
  }

  @Test
  void augmentationFromSymptomsStartingEarlier() {
    List<DiaryEntry> nights = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      LocalTime start = i < 7 ? LocalTime.of(22, 0) : LocalTime.of(19, 0);
      nights.add(new DiaryEntry(2, NIGHT.plusDays(i), 5, start, null, "", null, null, null, null, null, null, null,
          null, null, null, "", "pramipexole", "", null, null, "", "", Map.of()));
    }
    List<Flag> flags = analyser.analyse(diary(nights)).flags();
    assertThat(flags).extracting(Flag::ruleId).containsExactly("augmentation");
    assertThat(flags.get(0).evidence().field()).isEqualTo(DiaryField.SYMPTOM_START);
    assertThat(flags.get(0).evidence().matched()).isEqualTo("19:00");

    List<DiaryEntry> steady = nights.stream().map(e -> new DiaryEntry(2, e.date(), 5, LocalTime.of(22, 0), null, "",
        null, null, null, null, null, null, null, null, null, null, "", "pramipexole", "", null, null, "", "",
        Map.of())).toList();
    assertThat(analyser.analyse(diary(steady)).flags()).isEmpty();
  }

  @Test
  void suggestedTestsFollowTheFlagsOncePerTest() {
    List<DiaryEntry> nights = List.of(
        night(NIGHT, 400, "oxide", null, null, null, "toes numb. left ankle swollen. woke gasping"),
        night(NIGHT.plusDays(1), 400, "oxide", null, null, null, "feet numb again, left ankle swollen"));
    List<SuggestedTest> tests = analyser.analyse(diary(nights)).tests();
    assertThat(tests).extracting(SuggestedTest::id).containsExactly("ferritin", "iron-studies", "cbc",
        "kidney-function", "sleep-study", "neuropathy-screen", "duplex-ultrasound");
    assertThat(tests).allSatisfy(t -> {
      assertThat(t.reason()).isNotBlank().doesNotContain("{");
      assertThat(t.basis()).isNotBlank();
    });
    assertThat(tests.get(6).reason()).contains(NIGHT.toString());
    assertThat(tests.get(5).reason()).contains("on 2 nights");

    List<SuggestedTest> quiet = analyser.analyse(diary(List.of(
        night(NIGHT, 200, "glycinate", null, null, null, "toes numb. both ankles swollen")))).tests();
    assertThat(quiet).extracting(SuggestedTest::id).containsExactly("ferritin", "iron-studies", "cbc");
  }

  @Test
  void suppressedMentionsSayWhyTheyWereNotFlagged() {
    String notes = "No numbness. If my ankles swell I will ring. Mum's legs swell. Used to get numb toes years ago.";
    Findings f = analyser.analyse(diary(List.of(night(NIGHT, null, null, "stopped sertraline in May", null, null,
        notes))));
    assertThat(f.flags()).isEmpty();
    assertThat(f.suppressed()).extracting(s -> s.ruleId() + ":" + s.reason() + ":" + s.evidence().matched())
        .containsExactly(
            "aggravating-medication:historical:sertraline",
            "numbness:negated:numbness",
            "swelling:hypothetical:ankles swell",
            "swelling:someone else:legs swell",
            "numbness:historical:numb");
    SuppressedMention first = f.suppressed().get(1);
    assertThat(notes.substring(first.evidence().start(), first.evidence().end())).isEqualTo("numbness");
  }

  @Test
  void aMentionTheReaderCannotConfidentlySetAsideIsFlaggedAsPossibleNotListedAsSetAside() {
    String notes = "Maybe left leg swollen. No numbness. Maybe pregnant?";
    Findings f = analyser.analyse(diary(List.of(night(NIGHT, null, null, null, null, null, notes))));
    assertThat(f.flags()).extracting(x -> x.ruleId() + ":" + x.urgency().label() + ":" + x.certainty().label())
        .containsExactly("swelling:urgent:possible");
    assertThat(f.suppressed()).extracting(s -> s.ruleId() + ":" + s.reason())
        .containsExactly("numbness:negated", "pregnancy:hypothetical"); // cautions fire on affirmed words only
  }

  @Test
  void aDefiniteMentionOnTheSameNightOutranksAPossibleOne() {
    Findings f = analyser.analyse(diary(List.of(night(NIGHT, null, null, null, null, null,
        "no pain and left leg swollen; right ankle swollen too"))));
    assertThat(f.flags()).extracting(x -> x.ruleId() + ":" + x.certainty().label() + ":" + x.evidence().matched())
        .containsExactly("swelling:definite:ankle swollen");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      is my leg meant to be this swollen?          | swelling:soon:possible
      not sure but my left leg looks swollen       | swelling:urgent:possible
      my left leg is swollen                       | swelling:urgent:definite
      no swelling                                  | none
      my mum's left ankle is swollen               | none
      back in 2018 my left leg was swollen         | none
      numbness: no                                 | none
      """)
  void certaintyOfRedFlags(String notes, String expected) {
    String got = analyser.analyse(diary(List.of(night(NIGHT, null, null, null, null, null, notes)))).flags()
        .stream().map(x -> x.ruleId() + ":" + x.urgency().label() + ":" + x.certainty().label())
        .collect(Collectors.joining(" + "));
    assertThat(got.isEmpty() ? "none" : got).isEqualTo(expected);
  }

  @Test
  void swellingOfBothLegsOnThreeNightsSuggestsTestsForACause() {
    List<DiaryEntry> nights = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      nights.add(night(NIGHT.plusDays(i), null, null, null, null, null, "both ankles swollen"));
    }
    assertThat(analyser.analyse(diary(nights)).tests()).extracting(SuggestedTest::id).contains("oedema-workup");
    SuggestedTest t = analyser.analyse(diary(nights)).tests().stream().filter(x -> x.id().equals("oedema-workup"))
        .findFirst().orElseThrow();
    assertThat(t.reason()).contains("on 3 nights").contains("BNP");
    assertThat(analyser.analyse(diary(nights.subList(0, 2))).tests()).extracting(SuggestedTest::id)
        .doesNotContain("oedema-workup");
    assertThat(RuleBook.builtIn().kindOf("magnesium-dose")).contains(RuleKind.CAUTION);
    assertThat(RuleBook.builtIn().kindOf("swelling")).contains(RuleKind.FLAG);
    assertThat(RuleBook.builtIn().kindOf("nothing")).isEmpty();
  }

  @Test
  void aNoteRepeatedOnManyNightsIsFlaggedOnEachNightInItsOwnField() {
    String note = "my legs felt weak on the stairs";
    List<DiaryEntry> nights = List.of(night(NIGHT, null, null, null, null, null, note),
        night(NIGHT.plusDays(1), null, null, null, null, null, new String(note.toCharArray())),
        night(NIGHT.plusDays(2), null, null, null, null, note, null),
        night(NIGHT.plusDays(3), null, null, null, null, null, "slept well"),
        night(NIGHT.plusDays(4), null, null, null, null, null, note));
    List<String> weakness = analyser.analyse(diary(nights)).flags().stream()
        .filter(f -> f.ruleId().equals("weakness"))
        .map(f -> f.evidence().date() + " " + f.evidence().field() + " " + f.evidence().matched() + " "
            + f.evidence().start() + "-" + f.evidence().end())
        .sorted().toList();
    assertThat(weakness).containsExactly("2026-03-01 NOTES weak on the stairs 13-31", "2026-03-02 NOTES weak on the stairs 13-31",
        "2026-03-03 SIDE_EFFECTS weak on the stairs 13-31", "2026-03-05 NOTES weak on the stairs 13-31");
  }
}
