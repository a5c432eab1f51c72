package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sentence readings the medicine, magnesium and pregnancy cautions take from word lists
 * (caution-triggers-*.txt) through the trigger mechanism, in four languages. The word in brackets
 * is the mention. Probe notes written for this test.
 */
class TakingCuesTest {

  private static int[] mention(String note) {
    int from = note.indexOf('[');
    int to = note.indexOf(']') - 1;
    return new int[] {from, to};
  }

  private static String plain(String note) {
    return note.replace("[", "").replace("]", "");
  }

  @ParameterizedTest(name = "[{index}] {0} -> not taken {1}")
  @CsvSource(delimiter = '|', textBlock = """
      the GP gave me [cetirizine] but I didn't take it, read it makes legs worse   | true
      pharmacist warned me off [diphenhydramine] for sleep                        | true
      used to take [amitriptyline] for my back                                    | true
      was on [sertraline] years ago                                               | true
      stopped the [mirtazapine] last week                                         | true
      stopped the ropinirole and started [sertraline] tonight                     | false
      took [cetirizine] for hay fever tonight                                     | false
      Arzt hat mir von [Mirtazapin] abgeraten                                     | true
      [Mirtazapin] habe ich nicht genommen                                        | true
      nehme seit gestern [Cetirizin] gegen Heuschnupfen                           | false
      me recetaron [metoclopramida] pero no la tomé                               | true
      antes tomaba [amitriptilina] para dormir                                    | true
      tomo [amitriptilina] para dormir desde hace años                            | false
      le médecin m'a déconseillé la [mirtazapine]                                 | true
      j'ai arrêté la [sertraline] en janvier                                      | true
      je prends de la [cétirizine] pour le rhume des foins                        | false
      """)
  void medicineTakenOrNot(String note, boolean notTaken) {
    int[] m = mention(note);
    assertThat(TakingCues.medicineNotTaken(plain(note), m[0], m[1])).isEqualTo(notTaken);
  }

  @ParameterizedTest(name = "[{index}] {0} -> given up {1}")
  @CsvSource(delimiter = '|', textBlock = """
      stopped all supplements, [magnesium] too                                    | true
      the [magnesium] gave me the runs so I don't take it anymore                 | true
      does [magnesium] help?                                                      | true
      stopped the iron and started [magnesium] 200                                | false
      [magnesium] 200 at bedtime                                                  | false
      [Magnesium] habe ich abgesetzt                                              | true
      [Magnesium] nehme ich nicht mehr, jetzt wieder angefangen                    | false
      ya no tomo [magnesio]                                                       | true
      dejé el hierro y empecé con [magnesio]                                      | false
      je ne prends plus de [magnésium]                                            | true
      j'ai arrêté le fer et commencé le [magnésium]                               | false
      """)
  void magnesiumGivenUp(String note, boolean givenUp) {
    int[] m = mention(note);
    assertThat(TakingCues.noLongerTaken(plain(note), m[0], m[1])).isEqualTo(givenUp);
  }

  @ParameterizedTest(name = "[{index}] {0} -> years back {1}")
  @CsvSource(delimiter = '|', textBlock = """
      legs were calm only while [pregnant], 30 years ago                          | true
      [embarazada] de mi hija, hace quince años                                   | true
      [schwanger] war ich vor zwanzig Jahren                                      | true
      [enceinte] de mon fils, ça fait 12 ans                                      | true
      [enceinte] de mon fils il y a des années                                    | true
      [pregnant], 22 weeks                                                        | false
      tomo [amitriptilina] desde hace quince años                                 | false
      """)
  void yearsBack(String note, boolean back) {
    int[] m = mention(note);
    assertThat(TakingCues.yearsBack(plain(note), m[0], m[1])).isEqualTo(back);
  }

  @ParameterizedTest(name = "[{index}] {0} -> past period {1}")
  @CsvSource(delimiter = '|', textBlock = """
      had [diarrhoea] from the citrate last month                                 | true
      last week the oxide gave me [diarrhoea]                                     | true
      [diarrhoea] again tonight                                                   | false
      letzten Monat hatte ich [Durchfall] vom Oxid                                | true
      [diarrea] el mes pasado con el óxido                                        | true
      le mois dernier j'ai eu la [diarrhée]                                       | true
      [diarrhée] ce soir                                                          | false
      """)
  void upsetInAPastPeriod(String note, boolean past) {
    int[] m = mention(note);
    assertThat(TakingCues.inPastPeriod(plain(note), m[0], m[1])).isEqualTo(past);
  }
}
