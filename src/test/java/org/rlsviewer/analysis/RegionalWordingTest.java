package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Patient;

/**
 * Regional, colloquial and misspelt wording in German, Spanish and French notes (Swiss, Austrian and
 * Bavarian German; Spain and Latin America; France, Québec and Belgium), each family with notes that must
 * flag and notes that must not. Notes written for this test.
 */
class RegionalWordingTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  private String summary(String medications, String notes) {
    DiaryEntry e = new DiaryEntry(2, NIGHT, 5, null, null, "", null, null, null, null, null, null, null, null,
        null, null, "", "", medications, null, null, "", notes, Map.of());
    String s = analyser.analyse(new Diary(Patient.unknown(), Map.of(), List.of(e), List.of())).flags().stream()
        .map(f -> f.ruleId() + ":" + f.urgency().label()).sorted().collect(Collectors.joining("+"));
    return s.isEmpty() ? "none" : s;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # swelling: regional and spoken words, shapes, comparisons
      Die Knöchel sind verschwollen                              | swelling:soon
      linker Fuss gschwollen                                     | swelling:urgent
      Füße aufgeschwemmt am Abend                                | swelling:soon
      das linke Bein schwillt immer mehr an                      | swelling:urgent
      Waden wie Luftballons                                      | swelling:soon
      Se me hinchó la pierna derecha                             | swelling:urgent
      tobillo izquierdo inchado                                  | swelling:urgent
      los pies como tamales                                      | swelling:soon
      las patas bien hinchadas                                   | swelling:soon
      la pierna izquierda se me puso gorda                       | swelling:urgent
      La jambe gauche a doublé de volume                         | swelling:urgent
      Les chevilles sont boudinées                               | swelling:soon
      mollet droit bouffi                                        | swelling:urgent
      # one leg with the other said to be as usual; a painful calf with its side named
      linker Knöchel seit gestern dick angeschwollen, rechts normal | swelling:urgent
      das linke Bein ist geschwollen, das rechte nich            | swelling:urgent
      Das rechte Bein ist geschwollen, links ist alles wie immer | swelling:urgent
      la pierna izquierda está bien hinchada, la derecha normal  | swelling:urgent
      Ma jambe gauche est enflée, la droite est correcte         | swelling:urgent
      La pantorrilla izquierda me duele mucho y está colorada    | swelling:urgent
      Le mollet gauche me fait très mal et il est tout rouge     | swelling:urgent
      die linke Wade tut weh und ist ganz rot                    | swelling:urgent
      Pies hinchados con el calor                                | swelling:soon
      # weakness: falls, giving way, no strength, slang legs
      Bin heute hingeflogen                                      | weakness:soon
      Die Haxen sind ganz lahm                                   | weakness:soon
      Meine Beine machen nicht mehr mit                          | weakness:soon
      die Knie sackten einfach weg                               | weakness:soon
      Las piernas se me aflojan al caminar                       | weakness:soon
      me fui al suelo en la cocina                               | weakness:soon
      la pierna derecha no me responde                           | weakness:soon
      piernas de gelatina toda la tarde                          | weakness:soon
      J'ai les jambes coupées                                    | weakness:soon
      mes guibolles m'ont trahi dans l'escalier                  | weakness:soon
      je me suis étalée dans la cuisine                          | weakness:soon
      j'ai pu de force dans les jambes                           | weakness:soon
      # numbness
      Unterschenkel fühlt sich wie Watte an                      | numbness:routine
      der Fuss ist ygschlafe                                     | numbness:routine
      Tengo los dedos de los pies entumidos                      | numbness:routine
      la pierna como muerta desde la mañana                      | numbness:routine
      Le pied tout endormi ce matin                              | numbness:routine
      je sens plus mes orteils                                   | numbness:routine
      # apnea and drowsy driving
      Bin mit Luftnot aufgeschreckt                              | apnea:soon
      beim Autofahren fast eingenickt                            | apnea:soon
      Augen sind mir am Steuer zugefallen                        | apnea:soon
      se me corta la respiración cuando duermo                   | apnea:soon
      Casi me duermo manejando                                   | apnea:soon
      cabeceando al volante de regreso                           | apnea:soon
      Réveillé en sursaut en manquant d'air                      | apnea:soon
      J'ai failli m'endormir en conduisant                       | apnea:soon
      j'ai cogné des clous au volant                             | apnea:soon
      # cauda equina: bladder with weak or numb legs or a numb seat
      Beide Beine kraftlos und ich kann das Wasser nicht halten  | cauda-equina:urgent+weakness:soon
      Hintern taub und Probleme beim Wasserlassen                | cauda-equina:urgent+numbness:routine
      no siento las pompis y me cuesta orinar                    | cauda-equina:urgent+numbness:routine
      Je sens plus mes fesses et je n'arrive pas à uriner        | cauda-equina:urgent+numbness:routine
      """)
  void affirmedRegionalWordingFlags(String notes, String expected) {
    assertThat(summary("", notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> none")
  @CsvSource(delimiter = '|', textBlock = """
      # idioms, other body parts, ordinary RLS words
      Bin beim Fernsehen eingeschlafen
      Beine unruhig, Drang zu bewegen, Krampf in der Wade
      Geschwollene Augen vom Weinen
      Mein Mann ist gestern hingefallen
      früher hatte ich geschwollene Füße
      Die neuen Schuhe drücken
      Me quedé dormido viendo la tele
      Piernas inquietas, ganas de moverlas, calambres
      Ojos hinchados de llorar
      Antes tenía los pies hinchados
      Mi suegra tiene las piernas hinchadas
      Tengo miedo de que se me hinche la pierna
      Je me suis endormi devant la télé
      Jambes agitées, besoin de bouger, crampes au mollet
      Lèvre engourdie après le dentiste
      Ma blonde a les chevilles enflées
      Avant j'avais les chevilles enflées
      Je redoute que ma jambe gonfle
      Y a pas de gonflement ce soir
      dormi dans la voiture pendant que mon mari conduisait
      hab sertralin abgesetzt im sommer
      j'ai arrêté la sertraline cet été
      Ka Schwellung, nix taub
      Kei Schwellig, nüt taub
      """)
  void idiomsOthersPastFearsAndNegationsDoNotFlag(String notes) {
    assertThat(summary("", notes)).isEqualTo("none");
  }
}
