package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Probes for the second round of clause context (issue 15), by family and in all four languages: a
 * finding gone again at once or on moving, a past tense before a resolution, a negated predicate of
 * presence ("ist nicht vorhanden"), a fear that opens a "that"-clause, a carer's own symptom set
 * against the person cared for, people met at work, spoken "no" answering a checklist, a resolution
 * past an aside that dates the finding ("die Schwellung, von der ich gestern schrieb, ist weg"). Each family
 * has notes that must flag and notes that must not. Notes written for this test, none from a corpus.
 */
class LayClauseFamiliesTest {

  private Set<String> flags(String notes) {
    return NoteProbe.ruleUrgencies(notes);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '#', textBlock = """
      left ankle swollen after standing all day, right one fine              # swelling:urgent
      Ich habe Angst, dass mein linkes Bein geschwollen ist                   # swelling:urgent
      mein linker Fuß ist taub seit dem Aufstehen und geht nicht weg          # numbness:routine
      mein Mann hat ruhig geschlafen, ich selbst habe ein dickes linkes Bein  # swelling:urgent
      Yo tengo la pierna izquierda hinchada y mi marido dice que no es nada   # swelling:urgent
      Tengo miedo porque la pierna izquierda está hinchada                    # swelling:urgent
      j'ai peur car ma jambe gauche est gonflée                               # swelling:urgent
      Gschwolln? Ja, links.                                                   # swelling:urgent
      Die Schwellung am linken Knöchel, die seit gestern da ist, wird schlimmer. # swelling:urgent
      my own left ankle is swollen and he says it's nothing                   # swelling:urgent
      """)
  void stillFlags(String notes, String flag) {
    assertThat(flags(notes)).contains(flag);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '#', textBlock = """
      Fuß beim Stricken im Sessel eingeschlafen, nach dem Aufstehen gleich wieder gut   # numbness
      se me durmió la pierna en el coche y al bajarme se me pasó enseguida              # numbness
      la jambe s'est endormie au cinéma, dès que je me suis levée c'est passé           # numbness
      my foot went numb on the loo, fine a minute after I stood up                      # numbness
      Nach dem Umknicken war der linke Knöchel geschwollen, heute wieder normal         # swelling
      Taubheitsgefühl ist nicht vorhanden.                                              # numbness
      El adormecimiento no está presente.                                               # numbness
      L'engourdissement n'est pas présent ce soir.                                      # numbness
      Ich habe Angst, dass mein linkes Bein auf der langen Fahrt anschwillt             # swelling
      Tengo miedo de que se me hinchen los tobillos en el viaje                         # swelling
      J'ai peur que mes chevilles gonflent pendant le vol                               # swelling
      Ich selbst habe heute geschwollene Knöchel vom Rennen, aber Mutter hat ruhig geschlafen # swelling
      Yo ando con los tobillos hinchados, pero papá bien                                # swelling
      Moi j'ai les chevilles enflées, mais papa va bien                                 # swelling
      Die Kundin hatte ganz dicke Beine, meine sind ok                                  # swelling
      mi clienta tiene los tobillos hinchados                                           # swelling
      un client avait les jambes enflées                                                # swelling
      Gschwolln? Naa. Taub? Nee.                                                        # numbness
      Gonflé ? Nan.                                                                     # swelling
      Die Schwellung am linken Knöchel, von der ich gestern schrieb, ist ganz zurückgegangen. # swelling
      La hinchazón del tobillo izquierdo, que noté ayer, ha desaparecido del todo.      # swelling
      Le gonflement de la cheville gauche, noté hier, a disparu.                        # swelling
      my own ankles are like tree trunks tonight, that's me not him                     # swelling
      meine eigenen Knöchel sind dick heute, das bin ich, nicht er                      # swelling
      mis propios tobillos hinchados hoy, soy yo, no él                                 # swelling
      mes propres chevilles gonflées ce soir, c'est moi, pas lui                        # swelling
      """)
  void setAside(String notes, String rule) {
    assertThat(flags(notes)).noneMatch(f -> f.startsWith(rule + ":"));
  }
}
