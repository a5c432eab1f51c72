package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round three families (issue 15) of the augmentation, swelling and apnea flags in the four languages, through the
 * whole analysis, written as a new writer might: a raised dose and worse symptoms far apart or in either order, a
 * dose's relief that ends sooner, arms or trunk newly reached; a raised dose that helps, a fear, someone else's arms
 * must not flag. A leg in dialect with a size word, a size compared with the other side however far the leg was
 * named. Probe notes written for this test.
 */
class AugmentationSentenceFamiliesTest {

  private static String level(String rule, String medications, String notes) {
    return NoteProbe.level(rule, medications, notes);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      worse tonight and honestly I think it started when they put the dose up       | soon
      the dose keeps going up and the legs keep getting worse                       | soon
      ever since the higher dose the evenings are far worse                         | soon
      die Tablette wirkt kürzer als vorher                                          | soon
      seit die Dosis erhöht wurde, ist alles viel schlimmer geworden                | soon
      die Wirkung hält nur noch zwei Stunden                                        | soon
      el efecto de la pastilla dura poquito, a las dos horas otra vez igual         | soon
      me subieron la dosis en marzo y desde entonces todo peor                      | soon
      ahora me pasa hasta en los brazos, antes solo las piernas                     | soon
      le médicament dure moins longtemps qu'avant                                   | soon
      maintenant ça me prend aussi dans les bras                                    | soon
      the tablet only lasts a couple of hours these days                            | soon
      since the dose went up my legs are much better                                | none
      seit der Dosiserhöhung viel ruhiger, endlich                                  | none
      desde que me subieron la dosis estoy mucho mejor                              | none
      depuis qu'on a augmenté la dose ça va beaucoup mieux                          | none
      worried it will get worse if they raise the dose again                        | none
      not worse since the dose went up, about the same                              | none
      carried the shopping home, now my arms ache                                   | none
      my husband's arms are restless too now                                        | none
      the pramipexole lasts all night now                                           | none
      """)
  void augmentationReadOverTheSentence(String notes, String expected) {
    assertThat(level("augmentation", "pramipexole 0.25mg", notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      worse since the dose went up, and now in my arms too
      die Tablette wirkt kürzer als vorher
      """)
  void noSignWithoutADopamineMedicine(String notes) {
    assertThat(level("augmentation", "", notes)).isEqualTo("none");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      mei linkes Baa is doppelt so dick wie des rechte                               | urgent
      des rechte Wadl is ganz dick worn, links nix                                   | urgent
      mein rechtes Bein ist voll fett geworden, links normal                         | urgent
      der rechte Unterschenkel ist seit der Wanderung deutlich dicker als der linke  | urgent
      la pierna derecha se me puso gordísima, la otra normal                         | urgent
      la cheville droite a doublé, la gauche est fine                                | urgent
      membre inférieur gauche augmenté de volume, le droit sans particularité        | urgent
      die Fieß beide dick am Abend                                                   | soon
      """)
  void swellingInDialectOrComparedWithTheOtherSide(String notes, String expected) {
    assertThat(level("swelling", "", notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      kept microsleeping on the way back from my sister's                          | soon
      at the lights I nodded off for a second, scared me                           | soon
      am Steuer kurz weggenickt auf der Heimfahrt                                   | soon
      auf der Autobahn sind mir die Augen zugefallen                                | soon
      me caigo de sueño en el coche cuando vuelvo del trabajo                        | soon
      en la moto me dio un cabezazo de sueño                                        | soon
      j'ai piqué du nez sur l'autoroute en rentrant                                 | soon
      sur le périph j'ai piqué du nez deux secondes                                 | soon
      Epworth me lo hicieron en el centro de salud, 14 salió                        | soon
      Epworth chez le médecin traitant, 13 au total                                 | soon
      fell asleep in the car on the way home, my husband was driving               | none
      Epworth at the clinic, 6 only                                                 | none
      Epworth due on the 12th, 15 minutes to fill in                                | none
      """)
  void sleepAtTheWheelAndEpworthAfterAComma(String notes, String expected) {
    assertThat(level("apnea", "", notes)).isEqualTo(expected);
  }
}
