package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German, Spanish and French lay wording families met in the fourth development set: retention, emptying,
 * weak stream, dribbling and straining with saddle numbness (cauda equina), giving way and getting up
 * (weakness), pregnancy by term or trimester, dozing at the wheel. Each family has notes that must flag and
 * notes that must not. Notes written for this test, none taken from the corpus.
 */
class Dev4WordingTest {

  private Set<String> rules(String notes) {
    return NoteProbe.findings(notes).flags().stream().map(f -> f.ruleId()).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Reithose taub, und seit heute morgen kein Urin mehr                | cauda-equina
      untenrum gefühllos, beim Pinkeln muss ich stark pressen            | cauda-equina
      sitze wie auf Watte und seit gestern kein Stuhlgang                | cauda-equina
      Po ganz taub, die Blase wird nicht richtig leer                    | cauda-equina
      mein rechtes Knie gibt immer wieder nach                           | weakness
      laufe wie auf Watte, spüre die Zehen kaum                          | numbness
      hab im Schlaf nicht geatmet sagt meine Frau                        | apnea
      nalgas dormidas y la vejiga no se vacía del todo                   | cauda-equina
      por abajo insensible y no he orinado desde anoche                  | cauda-equina
      entre las piernas sin sensibilidad y el chorro muy finito          | cauda-equina
      tercer trimestre y las piernas fatal                               | pregnancy
      me saco leche de madrugada y no paro de mover las piernas          | pregnancy
      en la carretera luchando para no dormirme                          | apnea
      fesses insensibles, vessie pleine et presque rien ne sort          | cauda-equina
      tout engourdi en bas, je dois forcer pour uriner                   | cauda-equina
      entre les cuisses plus de sensation, je perds quelques gouttes    | cauda-equina
      troisième trimestre, jambes impossibles                            | pregnancy
      au volant mes yeux se fermaient tout seuls                         | apnea
      beim Treppensteigen knicken mir die Beine weg                      | weakness
      glúteos acorchados y ya no siento cuando tengo que hacer pis       | cauda-equina
      el bebé da patadas toda la noche y yo con las piernas inquietas    | pregnancy
      Termin bei der Hebamme, Beine abends unruhig                       | pregnancy
      """)
  void familyWordingFlags(String notes, String rule) {
    assertThat(rules(notes)).contains(rule);
  }

  @ParameterizedTest(name = "[{index}] {0} -> not {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Blase voll nach zwei Litern Tee, Beine unruhig                     | cauda-equina
      der Wasserhahn tröpfelt die ganze Nacht, Beine kribbeln            | cauda-equina
      seit gestern keine Kopfschmerzen mehr                              | cauda-equina
      Augentropfen genommen, Beine unruhig                               | cauda-equina
      goteo de la nariz, piernas inquietas                               | cauda-equina
      tercera semana con el hierro, piernas mejor                        | pregnancy
      mi hermana está en el tercer trimestre                             | pregnancy
      le jet de la douche trop faible, jambes agitées                    | cauda-equina
      ma fille est au troisième trimestre                                | pregnancy
      las piernas empiezan a las 11 de la noche, como siempre            | augmentation
      ya no siento hormigueo en las piernas                              | numbness
      """)
  void ordinaryWordingDoesNotFlag(String notes, String rule) {
    assertThat(rules(notes)).doesNotContain(rule);
  }
}
