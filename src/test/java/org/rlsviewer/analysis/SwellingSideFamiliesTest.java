package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Swelling of one leg however it is said (issue 15 item 4), through the whole analysis, in the four
 * languages: one side set above the other after both are named, a sign between sides or after a
 * leg word, a side abbreviated with a dot, a side in an aside ("(right one)"), the other leg said to
 * be normal on a form, a leg likened to something round or thick; and the look-alikes that stay
 * "soon" or raise nothing. Probe notes written for this test.
 */
class SwellingSideFamiliesTest {

  private static String swelling(String notes) {
    return NoteProbe.findings(notes).flags().stream().filter(f -> f.ruleId().equals("swelling"))
        .map(f -> f.urgency().label()).sorted().findFirst().orElse("none");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      both feet puffy tonight, the right a good deal worse                 | urgent
      ankles swollen both sides, left much bigger than the right           | urgent
      swollen calves, both, but especially the left                        | urgent
      my foot is swollen since the fall (left one) and sore                | urgent
      Ankle L: swollen / Ankle R: normal                                   | urgent
      calves R>L                                                           | urgent
      ankle lt > rt                                                        | urgent
      my right ankle has come up since Tuesday                             | urgent
      my left knee came up overnight                                       | urgent
      my right calf is like a tree trunk, the other one is fine            | urgent
      left foot like a golf ball today                                     | urgent
      noticed my left leg is sort of thicker than the other for about a week | urgent
      Füße beide dick, aber der rechte viel mehr                           | urgent
      re. Knöchel geschwollen                                              | urgent
      Unterschenkel bds. dick, li. deutlich mehr                           | urgent
      Waden re > li                                                        | urgent
      linker Knöchel wie ein Tennisball                                    | urgent
      pies hinchados los dos, pero el izquierdo bastante más               | urgent
      gemelo izq. hinchado                                                 | urgent
      rodilla dcha > izq                                                   | urgent
      el pie derecho parece un globo, el izquierdo normal                  | urgent
      chevilles gonflées toutes les deux, mais la droite nettement plus    | urgent
      mollet g > d                                                         | urgent
      la cheville droite comme une balle de tennis                         | urgent
      """)
  void oneLegHoweverSaidIsUrgent(String notes, String urgency) {
    assertThat(swelling(notes)).isEqualTo(urgency);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      both ankles swollen tonight, more than yesterday                     | soon
      feet puffy, both the same                                            | soon
      Beide Knöchel geschwollen, gleich dick                               | soon
      los dos tobillos hinchados, igual que ayer                           | soon
      les deux chevilles gonflées, pareil des deux côtés                   | soon
      calf circumference R 38 / L 38 cm                                    | none
      Wadenumfang re. 38 / li. 38 cm                                       | none
      perímetro gemelo dcho 38 / izq 38 cm                                 | none
      tour de mollet d 38 / g 38 cm                                        | none
      my legs are like lead tonight                                        | none
      the kids came up to see me, legs restless                            | none
      my left eye is swollen from crying                                   | none
      la pierna izquierda está bien, solo inquieta                         | none
      """)
  void bothLegsOrNoSwellingIsNotUrgent(String notes, String urgency) {
    assertThat(swelling(notes)).isEqualTo(urgency);
  }
}
