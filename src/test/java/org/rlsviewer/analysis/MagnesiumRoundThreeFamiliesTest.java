package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, third round: kidney disease named by its kind, treatment or a rising creatinine, or as a bare
 * figure after "at"; a further dose on top; a medicine taken off or turned down, in four languages.
 * Probe notes written for this test.
 */
class MagnesiumRoundThreeFamiliesTest {

  private static String cautions(Integer column, String notes) {
    return MagnesiumCautionFamiliesTest.cautions(column, notes);
  }

  @ParameterizedTest(name = "[{index}] {0} -> kidney {1}")
  @CsvSource(delimiter = '|', textBlock = """
      magnesium 200 tonight, my lupus nephritis is flaring                       | true
      mag 250. creatinine climbing again says the renal nurse                     | true
      Mg 150, kidney graft function about 25% now                                 | true
      magnesium 200; kidneys at 40 the GP said                                    | true
      magnesium 200; kidneys at 75 the GP said                                    | false
      magnesium 200, drank lots of water, kidneys fine                            | false
      Magnesium 300, bin dialysiert seit dem Frühjahr                             | true
      Magnesium 300, Nieren bei 45 laut Hausarzt                                  | true
      Magnesium 300, Kreatinin gestiegen                                          | true
      Magnesio 250, me dializan tres veces por semana                             | true
      magnesio 250, creatinina subiendo otra vez                                  | true
      magnesio 250, riñones al 40                                                 | true
      Magnésium 300, je suis dialysée depuis deux ans                             | true
      magnésium 300, créatinine qui monte                                         | true
      magnésium 300, reins à 35 selon le néphrologue                              | true
      magnésium 300, je suis allée aux reins à 5 heures pour la visite            | false
      """)
  void kidneyFamilies(String notes, boolean kidney) {
    assertThat(cautions(null, notes).contains("magnesium-kidney")).isEqualTo(kidney);
  }

  @ParameterizedTest(name = "[{index}] {0} -> dose caution {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Magnesium 250 mg at supper; a further 200 mg at bedtime                     | true
      magnesium 250 with dinner and an additional 200 at 2am                       | true
      magnesio 250 y una dosis adicional de 200 de madrugada                       | true
      magnesium 250 with dinner, walked a further 200 m                           | false
      """)
  void furtherDoses(String notes, boolean caution) {
    assertThat(cautions(null, notes).contains("magnesium-dose")).isEqualTo(caution);
  }

  @ParameterizedTest(name = "[{index}] {0} -> aggravating {1}")
  @CsvSource(delimiter = '|', textBlock = """
      psychiatrist took me off quetiapine in October, legs calmer                 | false
      weaned off the mirtazapine over the summer                                  | false
      the GP offered amitriptyline, I said no                                     | false
      la psiquiatra me ofreció mirtazapina, le dije que no                        | false
      Mirtazapin angeboten bekommen, habe nein gesagt                             | false
      on m'a proposé la mirtazapine, j'ai dit non                                 | false
      started quetiapine last night for sleep                                     | true
      """)
  void medicineTakenOffOrTurnedDown(String notes, boolean flagged) {
    assertThat(cautions(null, notes).contains("aggravating-medication")).isEqualTo(flagged);
  }
}
