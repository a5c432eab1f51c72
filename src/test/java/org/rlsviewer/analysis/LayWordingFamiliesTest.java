package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Patient;

/**
 * Families of lay phrasings (not single phrases) for swelling, numbness, pregnancy, the aggravating
 * medicines and the magnesium cautions: each family's members and its near misses, read through
 * {@link DiaryAnalyser} as one-night diaries. Notes written for this test.
 */
class LayWordingFamiliesTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  /** Every flag and caution of the rule ids given, as "rule:urgency" joined by " + ", or "none". */
  private String fired(Integer magnesiumMg, String notes, String... rules) {
    Diary diary = new Diary(Patient.unknown(), Map.of(),
        List.of(RuleEngineTest.night(NIGHT, magnesiumMg, null, null, null, null, notes)), List.of());
    List<String> wanted = List.of(rules);
    var findings = analyser.analyse(diary);
    String s = Stream.concat(findings.redFlags().stream(), findings.cautions().stream())
        .filter(f -> wanted.contains(f.ruleId()))
        .map(f -> f.ruleId() + ":" + f.urgency().label()).sorted().distinct().collect(Collectors.joining(" + "));
    return s.isEmpty() ? "none" : s;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      swollen left ankle tonight                      | swelling:urgent
      my L lower leg is swollen                       | swelling:urgent
      my right ankle has come up like a balloon       | swelling:urgent
      my left leg's twice as big                      | swelling:urgent
      left ankle swollen                              | swelling:urgent
      ankle on the left swollen                       | swelling:urgent
      swelling in the left ankle                      | swelling:urgent
      my right calf is puffy                          | swelling:urgent
      lt ankle swollen                                | swelling:urgent
      the right shin is swollen                       | swelling:urgent
      left thigh swelled up                           | swelling:urgent
      my left lower leg is swollen                    | swelling:urgent
      just the one leg puffy                          | swelling:urgent
      the left ankle blew up                          | swelling:urgent
      my right foot has blown up like a balloon       | swelling:urgent
      right leg swollen compared to left              | swelling:urgent
      my right leg is twice the size of my left       | swelling:urgent
      swollen legs, the right more than the left      | swelling:urgent
      my left one is swollen, the ankle               | swelling:urgent
      my feet swelled up in the heat                  | swelling:soon
      both ankles puffy                               | swelling:soon
      swollen glands today                            | none
      my wrist is swollen                             | none
      swollen tummy after dinner                      | none
      husband's left ankle is swollen                 | none
      the postman's ankles swole up                   | none
      swollen with pride at the wedding               | none
      """)
  void swellingFamilies(String notes, String expected) {
    assertThat(fired(null, notes, "swelling")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      left foot numb                                  | numbness:routine
      my toes went numb                               | numbness:routine
      numb hands and feet                             | numbness:routine
      my leg felt like cotton wool                    | numbness:routine
      my foot went dead                               | numbness:routine
      my left foot fell asleep on the sofa            | none
      no feeling in my toes                           | numbness:routine
      lost sensation in my foot                       | numbness:routine
      needles and pins in my calf                     | numbness:routine
      numb lip from the dentist                       | none
      jaw still numb after the dentist                | none
      numb with boredom                               | none
      emotionally numb                                | none
      felt numb after the news                        | none
      my hands are numb                               | none
      my arm went numb from lying on it               | none
      numb tongue                                     | none
      legs felt dead tired after the walk             | none
      legs twitched till I fell asleep                | none
      numbness: no                                    | none
      """)
  void numbnessOfTheLegsOnly(String notes, String expected) {
    assertThat(fired(null, notes, "numbness")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      I'm expecting, 20 weeks                         | pregnancy:routine
      we're expecting twins                           | pregnancy:routine
      20 weeks along now                              | pregnancy:routine
      in my second trimester                          | pregnancy:routine
      baby bump getting big                           | pregnancy:routine
      my bump is huge                                 | pregnancy:routine
      breast-feeding every 3 hours                    | pregnancy:routine
      still nursing my daughter                       | pregnancy:routine
      preggers again                                  | pregnancy:routine
      baby kicking all night                          | pregnancy:routine
      pumping milk at 3am                             | pregnancy:routine
      when I was pregnant with my son                 | none
      my daughter is pregnant                         | none
      expecting a parcel tomorrow                     | none
      I'm expecting a bad night                       | none
      my bump on the head hurts                       | none
      stopped breastfeeding in May                    | none
      visited the nursing home with my son            | none
      I'm expecting another rough night               | none
      week 30 now, legs awful                         | pregnancy:routine
      lactating, baby 3 months                        | pregnancy:routine
      """)
  void pregnancyInLayWords(String notes, String expected) {
    assertThat(fired(null, notes, "pregnancy")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      on Haldol                                       | aggravating-medication:routine
      taking Paxil                                    | aggravating-medication:routine
      Celexa daily                                    | aggravating-medication:routine
      took Tylenol PM to sleep                        | aggravating-medication:routine
      Abilify 5mg                                     | aggravating-medication:routine
      amitryptiline 10mg                              | aggravating-medication:routine
      resperidone at night                            | aggravating-medication:routine
      Vistaril for the itch                           | aggravating-medication:routine
      back on sertraline                              | aggravating-medication:routine
      tapered off venlafaxine                         | none
      gave up the seroquel in June                    | none
      doctor wants me to try sertraline               | none
      came off mirtazapine                            | none
      RLS sx moderate                                 | none
      """)
  void aggravatingMedicinesByAnyName(String notes, String expected) {
    assertThat(fired(null, notes, "aggravating-medication")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      had the trots all night                         | magnesium-side-effect:routine
      bit of the squits                               | magnesium-side-effect:routine
      loose again today                               | magnesium-side-effect:routine
      runny tummy                                     | magnesium-side-effect:routine
      dodgy stomach                                   | magnesium-side-effect:routine
      sick to my stomach                              | magnesium-side-effect:routine
      diahorrea                                       | magnesium-side-effect:routine
      feeling nauseus                                 | magnesium-side-effect:routine
      dashing to the loo all night                    | magnesium-side-effect:routine
      stomachache                                     | magnesium-side-effect:routine
      leg cramps                                      | none
      cramp in my calf                                | none
      wore loose socks                                | none
      sick of these legs                              | none
      """)
  void gutEffectsInLayWords(String notes, String expected) {
    assertThat(fired(300, notes, "magnesium-side-effect")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      took the magnesium and had the skitters         | magnesium-side-effect:routine
      that magnesium stuff gives me the runs again    | magnesium-side-effect:routine
      magnesium held tonight, loose stools            | none
      forgot the magnesium, tummy upset anyway        | none
      """)
  void magnesiumNamedInTheNotesIsTaken(String notes, String expected) {
    assertThat(fired(null, notes, "magnesium-side-effect")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      CKD3                                            | magnesium-kidney:soon
      stage 3 kidney disease                          | magnesium-kidney:soon
      kidney function low                             | magnesium-kidney:soon
      low kidney function                             | magnesium-kidney:soon
      kidneys not working well                        | magnesium-kidney:soon
      on dialysis                                     | magnesium-kidney:soon
      renal impairment                                | magnesium-kidney:soon
      saw the kidney specialist                       | magnesium-kidney:soon
      my kidneys are bad                              | magnesium-kidney:soon
      kidney beans for dinner                         | none
      kidney function: normal                         | none
      renal function normal at last check             | none
      the kidney doc says they're at 40 percent       | magnesium-kidney:soon
      no kidney problems                              | none
      """)
  void kidneyCautionWording(String notes, String expected) {
    assertThat(fired(200, notes, "magnesium-kidney")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} mg")
  @CsvSource(delimiter = '|', textBlock = """
      magnesium 400 milligrams          | 400
      Mg 400 mgs                        | 400
      magnesium 0.4 g                   | 400
      two 250mg magnesium tablets       | 500
      magnesium 200 mg bd               | 400
      magnesium 200mg tds               | 600
      magnesium 200mg 2x daily          | 400
      magnesium 200mg twice daily       | 400
      mag 400 before bed                | 400
      magnesium 250 with supper, then another 250mg at bedtime as legs bad | 500
      two mag tabs, 300mg each          | 600
      the 300 mag tabs                  | 300
      """)
  void magnesiumDoseWordings(String words, int mg) {
    assertThat(MagnesiumIntake.fromText(NIGHT, DiaryField.NOTES, words)).get()
        .extracting(MagnesiumIntake.Source::mg).isEqualTo(mg);
  }

  @ParameterizedTest(name = "[{index}] {0} -> none")
  @CsvSource(delimiter = '|', textBlock = """
      magnesium flakes 200 g in the bath
      forgot my magnesium 400 milligrams
      magnesium at 10pm, legs 7/10
      magnesium for 30 nights
      """)
  void notASupplementDose(String words) {
    assertThat(MagnesiumIntake.fromText(NIGHT, DiaryField.NOTES, words)).isEmpty();
  }
}
