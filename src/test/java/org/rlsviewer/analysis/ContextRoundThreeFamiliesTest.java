package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Probes for the third round of context (issue 15), by family and in all four languages: the writer
 * set apart from someone who has the finding ("..., pas moi", "Me fine."), a subject put after its
 * finding ("Ronca mi marido"), checklist answers as booleans, "?" or "para nada", a question or claim
 * answered in the next sentence ("Snoring? Wife says no.", "Kids say I snore. Not true!"), a denied
 * resolution ("I can't say the swelling has gone down"), a passing numbness gone after an action
 * ("nach dem Laufen wieder normal"), regional negations ("nun tengo", "point d'enflure"), a leg or foot
 * emoji read as the word. Each family
 * has notes that must flag and notes that must not. Notes written for this test, none from a corpus.
 */
class ContextRoundThreeFamiliesTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
      Legs swollen tonight, worse than yesterday.                                  # swelling:soon
      My left ankle is swollen, not my right.                                      # swelling:urgent
      Swollen left ankle. Me: worried.                                             # swelling:urgent
      Meine linke Wade ist dick, nicht die rechte.                                 # swelling:urgent
      Tengo el tobillo izquierdo hinchado, el derecho no.                          # swelling:urgent
      J'ai la cheville gauche gonflée, pas la droite.                              # swelling:urgent
      Foot numb since this morning and still numb after walking.                   # numbness:routine
      Left foot numb all day, walking doesn't help.                                # numbness:routine
      numbness: true, snoring: false                                               # numbness:routine
      I can't say the swelling in my left leg has gone down.                       # swelling:urgent
      Can't say the numbness in my feet has improved.                              # numbness:routine
      Ich kann nicht sagen, dass die Schwellung am linken Bein zurückgegangen ist. # swelling:urgent
      No puedo decir que la hinchazón de la pierna izquierda haya bajado.          # swelling:urgent
      Je ne peux pas dire que le gonflement de la jambe gauche a diminué.          # swelling:urgent
      Wife says I snore and it's true, I woke myself.                              # apnea:soon
      Pramipexole wears off sooner than before.                                    # augmentation:soon
      El ropinirol me dura menos que antes.                                        # augmentation:soon
      snoring 👍                                                                    # apnea:soon
      still nursing my daughter                                  # pregnancy:routine
      Left calf swollen and hot, pain eased after walking.       # swelling:urgent
      Left calf swollen, the pain went away after walking about. # swelling:urgent
      Amamanto a mi hija cada tres horas.                        # pregnancy:routine
      Ich stille mein Sohn und die Beine sind nachts schlimm.    # pregnancy:routine
      tengo el tobillo izq el doble q el dcho?? ni me he torcido nada # swelling:urgent
      snored (wife)                                              # apnea:soon
      Wife says my ankles are swollen, it's not just the heat.   # swelling:soon
      left 🦵 swollen and hot                                    # swelling:urgent
      my 🦵🦵 gave way on the stairs                             # weakness:soon
      🦶🦶 numb since lunch                                       # numbness:routine
      My left ankle is swollen, not my wife. # swelling:urgent
      """)
  void flags(String notes, String flag) {
    assertThat(NoteProbe.ruleUrgencies(notes)).contains(flag);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
      The drummer has swollen ankles after the tour, not me.                       # none
      Our lodger snores like a train. I don't.                                     # none
      Jim next door has numb feet from diabetes. Me fine, legs restless.           # none
      The goalkeeper has a swollen left calf, not me, I just ran the line.         # none
      Der Trompeter hat dicke Knöchel, ich nicht.                                  # none
      Unser Untermieter schnarcht furchtbar, nicht ich.                            # none
      Frau Huber hat taube Füße. Ich selbst: nur das Kribbeln.                     # none
      El portero tiene el tobillo hinchado, yo no.                                 # none
      Don Paco ronca muchísimo. Yo no.                                             # none
      La vecina con los pies hinchados otra vez. Yo bien.                          # none
      Le guitariste a les chevilles gonflées, pas moi.                             # none
      Mme Durand ronfle comme un tracteur. Moi non.                                # none
      La voisine a les pieds engourdis. Moi, juste les impatiences.                # none
      Ronca mi marido toda la noche.                                               # none
      Geschnarcht hat mein Mann die ganze Nacht.                                   # none
      Enceinte ma fille, quatre mois déjà.                                         # none
      Foot went numb sitting cross-legged, fine again once I got up.               # none
      Numb bum after the long flight, fine when I walked about.                    # none
      Pins and needles in my foot from kneeling, gone within a minute of standing. # none
      Fuß beim Fernsehen eingeschlafen, nach dem Laufen wieder normal.             # none
      Se me durmió el pie en el cine, caminando se me pasó.                        # none
      Pies dormidos por el frío, luego bien al calentarme.                         # none
      Pied engourdi après la messe, ça a passé en marchant.                        # none
      Numb: false, Weak: false, Swollen: false                                     # none
      Snoring: ? / Swelling: no                                                    # none
      Any numbness? Not at all.                                                    # none
      ¿Piernas débiles? Para nada.                                                 # none
      Jambes gonflées ? Pas du tout.                                               # none
      Schwäche? Überhaupt nicht.                                                   # none
      Nurse asked if my legs were swollen. I said no.                              # none
      Die Ärztin fragte, ob ich schnarche. Ich sagte nein.                         # none
      El médico me preguntó si ronco. Le dije que no.                              # none
      Le médecin m'a demandé si je ronfle. J'ai dit non.                           # none
      I schnarch ned.                                                              # none
      Dicke Füße hab i nit.                                                        # none
      Schwellung? Nö, nix.                                                         # none
      Nun tengo los tobillos hinchados.                                            # none
      Ná de hinchazón hoy.                                                         # none
      Point d'enflure ce soir.                                                     # none
      Wife says my left ankle is puffy. It isn't, I checked.                       # none
      Kids say I snore. Not true!                                                  # none
      Mon mari dit que je ronfle, c'est pas vrai.                                  # none
      Mi hija dice que ronco, pero no es verdad.                                   # none
      Meine Frau behauptet, ich schnarche. Stimmt nicht.                           # none
      Thought my left leg was swollen, false alarm, measured both the same.        # none
      Snoring? Wife says no. Gasping? No.                                          # none
      Schnarchen? Meine Frau sagt nein.                                            # none
      no swelling 🙏 legs ok # none
      my 🦵 is fine, no swelling # none
      Meine Frau hat dicke Knöchel, ich nicht. # none
      My wife has swollen ankles, not me. # none
      Mi mujer tiene los tobillos hinchados, yo no. # none
      """)
  void setsAside(String notes, String none) {
    assertThat(NoteProbe.ruleUrgencies(notes)).isEmpty();
  }
}
