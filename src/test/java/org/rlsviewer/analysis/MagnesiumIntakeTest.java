package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryField;

/** The night's magnesium total, from the words however the dose is written. */
class MagnesiumIntakeTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);

  private static String total(Integer column, String supplements, String notes) {
    return MagnesiumIntake.of(RuleEngineTest.night(NIGHT, column, null, null, supplements, null, notes))
        .map(t -> t.mg() + " " + t.evidence().field().column() + " " + t.evidence().matched()).orElse("none");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} mg")
  @CsvSource(delimiter = '|', textBlock = """
      magnesium 2 x 200 mg                          | 400 | magnesium 2 x 200 mg
      Magnesium 2x200mg                             | 400 | Magnesium 2x200mg
      Mg 400mg                                      | 400 | Mg 400mg
      magnesium citrate 200 mg and oxide 250 mg     | 450 | magnesium citrate 200 mg and oxide 250 mg
      magnesium spray 5 sprays (each 10 mg)         | 50  | magnesium spray 5 sprays (each 10 mg)
      400mg of magnesium                            | 400 | 400mg of magnesium
      Magnesium glycinate 300mg twice               | 600 | Magnesium glycinate 300mg twice
      magnesium 200mg morning, 200mg at bedtime     | 400 | magnesium 200mg morning, 200mg
      mag glycinate 150 mg x2                       | 300 | mag glycinate 150 mg x2
      2 tablets of magnesium 250 mg                 | 500 | magnesium 250 mg
      magnesium 2 tablets of 250 mg                 | 500 | magnesium 2 tablets of 250 mg
      vitamin D 1000 IU, magnesium 350mg            | 350 | magnesium 350mg
      zweimal 200 mg Magnesium genommen             | 400 | 200 mg Magnesium
      Magnesium 200 mg zweimal                      | 400 | Magnesium 200 mg zweimal
      Magnesium 2 Tabletten à 250 mg                | 500 | Magnesium 2 Tabletten à 250 mg
      2 comprimidos de 200 mg de magnesio           | 400 | 200 mg de magnesio
      magnesio 200 mg dos veces                     | 400 | magnesio 200 mg dos veces
      dos veces 150 mg de magnesio                  | 300 | 150 mg de magnesio
      deux fois 200 mg de magnésium                 | 400 | 200 mg de magnésium
      2 comprimés de 200 mg de magnésium            | 400 | 200 mg de magnésium
      magnésium 3 gélules de 100 mg                 | 300 | magnésium 3 gélules de 100 mg
      magnesio 300 + 100 antes de dormir            | 400 | magnesio 300 + 100
      magnesium 200 le matin et 200 le soir         | 400 | magnesium 200 le matin et 200
      Magnesium 250 genommen                        | 250 | Magnesium 250
      """)
  void totalFromTheWords(String words, int mg, String matched) {
    assertThat(total(null, words, "")).isEqualTo(mg + " supplements " + matched);
    assertThat(total(null, "", words)).isEqualTo(mg + " notes " + matched);
  }

  @ParameterizedTest(name = "[{index}] {0} -> none")
  @CsvSource(delimiter = '|', textBlock = """
      magnesium spray 5 sprays
      forgot the magnesium 400mg tonight
      caffeine 200 mg after lunch
      magnesium 200mg tomorrow
      iron 65 mg
      serum magnesium 2.1 mg/dL
      took 2 paracetamol 500mg
      didn't have my magnesium 200mg tonight
      GP suggested magnesium 300mg
      thinking of trying Mg 400mg
      Magnesium 400 mg vergessen
      olvidé el magnesio 400 mg
      oublié le magnésium 400 mg
      Magnesium seit 2019
      magnesium 3 times a day
      magnesium at 22:30
      magnesium 400 tomorrow
      """)
  void noMgFigureOrNotTakenCountsNothing(String words) {
    assertThat(MagnesiumIntake.fromText(NIGHT, DiaryField.NOTES, words)).isEmpty();
  }

  @Test
  void magnesiumAndAnotherMedicineCountOnlyTheMagnesium() {
    assertThat(total(null, "", "magnesium 200mg and iron 65mg, paracetamol 500mg")).isEqualTo("200 notes magnesium 200mg");
  }

  @Test
  void theColumnAndTheSameFigureInANoteCountOnce() {
    Optional<MagnesiumIntake.Total> t = MagnesiumIntake.of(RuleEngineTest.night(NIGHT, 400, "oxide", null, null, null,
        "started magnesium oxide 400mg, chemist said take at night"));
    assertThat(t).isPresent();
    assertThat(t.get().mg()).isEqualTo(400);
    assertThat(t.get().evidence().field()).isEqualTo(DiaryField.MAGNESIUM_MG);
    assertThat(t.get().howCounted()).isEqualTo("magnesium_mg column 400 mg; notes \u201cmagnesium oxide 400mg\u201d"
        + " names the same 400 mg, counted once");
  }

  @Test
  void aTwiceWrittenDoseMatchesTheColumnTotal() {
    assertThat(MagnesiumIntake.of(RuleEngineTest.night(NIGHT, 400, null, null, "Mg glycinate 2 x 200 mg", null, ""))
        .orElseThrow().mg()).isEqualTo(400);
  }

  @Test
  void differentFiguresInDifferentPlacesAreAdded() {
    MagnesiumIntake.Total t = MagnesiumIntake.of(RuleEngineTest.night(NIGHT, 200, "citrate", null, null, null,
        "extra magnesium spray 3 sprays (each 10 mg)")).orElseThrow();
    assertThat(t.mg()).isEqualTo(230);
    assertThat(t.howCounted()).isEqualTo("magnesium_mg column 200 mg + notes \u201cmagnesium spray 3 sprays"
        + " (each 10 mg)\u201d = 30 mg");
  }

  @Test
  void aZeroColumnWithoutWordsIsNoMagnesium() {
    assertThat(MagnesiumIntake.of(RuleEngineTest.night(NIGHT, 0, "oxide", null, null, null, ""))).isEmpty();
  }
  /**
   * Family (issue 15 item 9): tablets, capsules, sachets or "magnesiums" counted before a strength
   * that a joining word ("of", "de", "à", "zu je", "x") or "each" ties to each tablet, in the four
   * languages; a second dose written as "a second 200" or "nochmal 200"; what was taken "instead of"
   * something else. The mg total is asserted, whatever words the evidence quotes.
   */
  @ParameterizedTest(name = "[{index}] {0} -> {1} mg")
  @CsvSource(delimiter = '|', textBlock = """
      I take 2 magnesium of 200 in the evening          | 400
      two magnesium tabs of 200 tonight instead of one  | 400
      three mag caps of 150 each                        | 450
      3 caps of magnesium bisglycinate (120mg each)     | 360
      legs 5. Mg: 2 x 200 (bedtime)                     | 400
      took 2 x 200 mg maggnesium                        | 400
      Magnesium 200 + a second 200                      | 400
      magnesium 250 and a 2nd 250 at 3am                | 500
      zwei Magnesium Verla zu je 250 genommen           | 500
      drei Tabletten Magnesium à 150 mg                 | 450
      Mg 250 + nachts nochmal 200                       | 450
      Heute zwei Magnesium à 200 statt einer            | 400
      2x mg 200 heute                                   | 400
      Tomé dos cápsulas de magnesio de 200 cada una     | 400
      tres pastillas de magnesio de 150 mg              | 450
      Hoy dos de magnesio de 200 en vez de una          | 400
      dos sobres de magnesio de 300 con la cena         | 600
      J'ai pris deux gélules de magnésium de 200 chacune| 400
      trois comprimés de magnésium à 150 mg             | 450
      magnésium 2 cp de 200 mg                          | 400
      Deux magnésiums de 200 ce soir au lieu d'un       | 400
      """)
  void tabletsCountedBeforeTheirStrength(String words, int mg) {
    assertThat(MagnesiumIntake.of(RuleEngineTest.night(NIGHT, null, null, null, null, null, words))
        .orElseThrow().mg()).isEqualTo(mg);
  }

  /** Look-alikes: a label before the figure, one tablet, a count of nights, a total written after "of magnesium". */
  @ParameterizedTest(name = "[{index}] {0} -> {1} mg")
  @CsvSource(delimiter = '|', textBlock = """
      night 3 magnesium 250                             | 250
      day 2 mag 200                                     | 200
      took 1 magnesium of 200                           | 200
      2 nights now magnesium 200                        | 200
      eine Tablette Magnesium zu 200                    | 200
      una pastilla de magnesio de 200                   | 200
      un comprimé de magnésium de 200                   | 200
      magnesium 200 instead of 400 tonight              | 200
      """)
  void countsThatAreNotTabletsOfTheStrength(String words, int mg) {
    assertThat(MagnesiumIntake.of(RuleEngineTest.night(NIGHT, null, null, null, null, null, words))
        .orElseThrow().mg()).isEqualTo(mg);
  }
}
