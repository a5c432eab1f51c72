package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryField;

/**
 * Probes for mechanisms that cover a family in every language rather than a phrase: checklist lines
 * with "|" and ":" separators, contrast words ending a negation's scope, side shorthand for one leg
 * more swollen than the other, notes kept by a carer, magnesium counted in words. Each family has
 * notes that must flag and notes that must not. Notes written for this test, none taken from a corpus.
 */
class GeneralMechanismsTest {

  private Set<String> flags(String notes) {
    return NoteProbe.ruleUrgencies(notes);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '#', textBlock = """
      Taubheit: ja | Schwellung: nein | Schwäche: nein                 # numbness:routine
      Taubheit: nein | Schwellung: nein | Schwäche: ja                 # weakness:soon
      engourdissement : oui | gonflement : non | faiblesse : non       # numbness:routine
      Engourdissement : non ; gonflement : non ; faiblesse : oui       # weakness:soon
      Entumecimiento: sí | Hinchazón: no | Debilidad: no               # numbness:routine
      Entumecimiento: no | Hinchazón: no | Debilidad: sí               # weakness:soon
      numbness: no | swelling: no | weakness: yes                      # weakness:soon
      No swelling but my left leg is numb tonight                      # numbness:routine
      Keine Schmerzen, aber der linke Knöchel ist geschwollen          # swelling:urgent
      No tengo hinchazón pero la pierna izquierda está dormida         # numbness:routine
      Sin dolor, pero el tobillo izquierdo está hinchado               # swelling:urgent
      Pas de douleur mais la cheville gauche est gonflée               # swelling:urgent
      Nicht geschwollen, sondern taub im rechten Fuß                   # numbness:routine
      No es hinchazón sino entumecimiento en el pie derecho            # numbness:routine
      Knöchel geschwollen, rechts > links                              # swelling:urgent
      Unterschenkel dick, re>li                                        # swelling:urgent
      Beine geschwollen, links mehr als rechts                         # swelling:urgent
      ankles swollen L>R                                               # swelling:urgent
      ankles puffy, left worse than right                              # swelling:urgent
      feet swollen, right more than left                               # swelling:urgent
      tobillos hinchados, izq. más que der.                            # swelling:urgent
      tobillos hinchados, der > izq                                    # swelling:urgent
      piernas hinchadas, la derecha más que la izquierda               # swelling:urgent
      chevilles gonflées, gauche plus que droite                       # swelling:urgent
      jambes enflées, G>D                                              # swelling:urgent
      chevilles gonflées, droite > gauche                              # swelling:urgent
      Writing for my husband. His left leg is swollen tonight.         # swelling:urgent
      Ich schreibe für meinen Mann. Sein linkes Bein ist geschwollen.  # swelling:urgent
      Eintrag von seiner Frau: seine Beine sind taub.                  # numbness:routine
      Escribo por mi madre. Tiene la pierna derecha hinchada.          # swelling:urgent
      Lo escribe su hija: tiene las piernas dormidas esta noche.       # numbness:routine
      J'écris pour ma mère. Sa jambe gauche est gonflée.               # swelling:urgent
      Notes de sa fille : il a les jambes engourdies ce soir.          # numbness:routine
      his legs gave way getting off the commode, I had to catch him    # weakness:soon
      Weakness (0-3): 2 | Numbness (0-3): 0 | Swelling (0-3): 0        # weakness:soon
      Schwäche (0-3): 2 | Taubheit (0-3): 0                            # weakness:soon
      Swollen legs? Right only. Numb? No.                              # swelling:urgent
      ¿Piernas hinchadas? Solo la derecha. ¿Dormidas? No.              # swelling:urgent
      Schwellung: ja - linker Knöchel                                  # swelling:urgent
      Gonflement : oui - cheville gauche                               # swelling:urgent
      mollet D gonflé et douloureux                                    # swelling:urgent
      calf circumference increased, R 41 / L 37 cm                     # swelling:urgent
      32+4 heute, Beine unruhig ab neun                                # pregnancy:routine
      G2P1, 32w, legs worse than with my first                         # pregnancy:routine
      tripping on the rug again, my right foot seems to flop           # weakness:soon
      """)
  void familyFlags(String notes, String flag) {
    assertThat(flags(notes)).contains(flag);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '#', textBlock = """
      Taubheit: nein | Schwellung: nein | Schwäche: nein               # numbness
      engourdissement : non | gonflement : non | faiblesse : non       # weakness
      Entumecimiento: no | Hinchazón: no | Debilidad: no               # weakness
      Debilidad: no | Entumecimiento: no                               # numbness
      No swelling but I slept badly                                    # swelling
      Keine Schwellung, aber schlecht geschlafen                       # swelling
      Pas de gonflement mais mal dormi                                 # swelling
      my husband's left leg is swollen                                 # swelling
      mi marido tiene la pierna izquierda hinchada                     # swelling
      mon mari a la jambe gauche gonflée                               # swelling
      mein Mann hat ein geschwollenes linkes Bein                      # swelling
      her friend Joan has numb feet                                    # numbness
      Weakness (0-3): 0 | Numbness (0-3): 0                            # weakness
      Swollen legs? No. Numb? No.                                      # swelling
      gf said her legs are weak after the gym, mine are fine           # weakness
      Calf circumference L 38 / R 38, symmetric                        # swelling
      """)
  void familyDoesNotFlag(String notes, String rule) {
    assertThat(flags(notes)).noneMatch(f -> f.startsWith(rule + ":"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '#', textBlock = """
      both ankles swollen, no difference                               # swelling:soon
      ankles swollen, both the same                                    # swelling:soon
      beide Knöchel geschwollen                                        # swelling:soon
      """)
  void bothLegsWithoutComparisonStaySoon(String notes, String flag) {
    assertThat(flags(notes)).contains(flag).doesNotContain("swelling:urgent");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} mg")
  @CsvSource(delimiter = '#', textBlock = """
      took two of the 250s of magnesium                                # 500
      Magnesium: zwei 200er genommen                                   # 400
      magnesio: dos de 300                                             # 600
      magnésium : deux de 250                                          # 500
      magnesium, three of the 150mg tablets                            # 450
      Magnesium 3 Tabletten à 150 mg                                   # 450
      magnésium deux comprimés de 200 mg                               # 400
      magnesio dos pastillas de 200 mg                                 # 400
      one of the 250 magnesium                                         # 250
      magnesium: four hundred milligrams                               # 400
      magnesium two fifty and another two fifty later on               # 500
      zwei zweihunderter magnesium zum abendbrot                       # 400
      Mg (mg): 200x2                                                   # 400
      one and a half of the 300mg magnesium                            # 450
      anderthalb von den 300er magnesium                               # 450
      half a 400 magnesium tablet tonight                              # 200
      """)
  void magnesiumCountedInWords(String notes, int mg) {
    assertThat(MagnesiumIntake.fromText(NoteProbe.NIGHT, DiaryField.NOTES, notes)).hasValueSatisfying(
        s -> assertThat(s.mg()).isEqualTo(mg));
  }
}
