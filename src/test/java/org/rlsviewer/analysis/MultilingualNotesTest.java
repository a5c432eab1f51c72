package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Patient;

/** German, Spanish and French notes through the whole analysis, one night each (notes written for this test). */
class MultilingualNotesTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  private static DiaryEntry note(LocalDate date, String notes) {
    return new DiaryEntry(2, date, 5, null, null, "", null, null, null, null, null, null, null, null, null,
        null, "", "", "", null, null, "", notes, Map.of());
  }

  private List<Flag> flags(DiaryEntry... entries) {
    return analyser.analyse(new Diary(Patient.unknown(), Map.of(), List.of(entries), List.of())).flags();
  }

  /** The red flags of a one-night diary as "rule:urgency" joined by "+", or "none". */
  private String summary(String notes) {
    String s = flags(note(NIGHT, notes)).stream().map(f -> f.ruleId() + ":" + f.urgency().label())
        .collect(Collectors.joining("+"));
    return s.isEmpty() ? "none" : s;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # German: affirmed
      Linkes Bein geschwollen                                   | swelling:urgent
      Knöchelschwellung rechts seit gestern                     | swelling:urgent
      beide Knöchel geschwollen am Abend                        | swelling:soon
      Füße dick und geschwollen                                 | swelling:soon
      Beinschwäche beim Treppensteigen                          | weakness:soon
      die Beine sind heute so schwach                           | weakness:soon
      meine Beine tragen mich nicht mehr richtig                | weakness:soon
      Zehen taub, Taubheitsgefühl bis zum Knöchel               | numbness:routine
      linker Fuß ist eingeschlafen und bleibt taub              | numbness:routine
      Mein Mann sagt, ich schnarche laut und habe Atemaussetzer | apnea:soon
      Schwaeche im rechten Bein, Fuesse taub                    | weakness:soon+numbness:routine
      Knöchel links dicker als gestern                          | swelling:urgent
      linker Knöchel viel dicker als rechts                     | swelling:urgent
      Wade geschwollen (li)                                     | swelling:urgent
      vielleicht etwas Schwäche im linken Bein                  | weakness:soon
      # German: negated, someone else's, in the past, hypothetical
      Taubheit: nein. Schwäche: nein                            | none
      Angst, dass die Beine nachgeben könnten                   | none
      Lippe noch taub vom Zahnarzt                              | none
      keine Schwellung, keine Taubheit                          | none
      Beine nicht geschwollen                                   | none
      Schwellung: nein                                          | none
      Die Schwellung ist wieder weg                             | none
      Mein Mann schnarcht wie ein Bär                           | none
      meine Mutter hat geschwollene Beine                       | none
      vor Jahren hatte ich taube Füße                           | none
      falls die Beine anschwellen, soll ich anrufen             | none
      spät eingeschlafen, Beine sehr unruhig                    | none
      # Spanish: affirmed
      pierna derecha hinchada                                   | swelling:urgent
      tengo el tobillo izquierdo muy hinchado                   | swelling:urgent
      piernas hinchadas                                         | swelling:soon
      las piernas no me sostienen                               | weakness:soon
      debilidad en las piernas al subir escaleras               | weakness:soon
      entumecimiento en los dedos de los pies                   | numbness:routine
      se me duerme el pie izquierdo                             | numbness:routine
      mi marido dice que ronco y que dejo de respirar           | apnea:soon
      hinchazon en el tobillo izquierdo                         | swelling:urgent
      tobillo hinchado (dcha)                                   | swelling:urgent
      la pierna izquierda más hinchada que la derecha           | swelling:urgent
      quizás un poco de entumecimiento en los pies              | numbness:routine
      # Spanish: negated, someone else's, in the past, hypothetical
      en 2018 tuve las piernas hinchadas                        | none
      Hinchazón: no. Debilidad: no                              | none
      piernas hinchadas, no puedo caminar bien                  | swelling:soon
      sin hinchazón en los tobillos                             | none
      no tengo las piernas hinchadas                            | none
      la hinchazón ya se fue                                    | none
      mi madre tiene las piernas hinchadas                      | none
      mi marido ronca mucho                                     | none
      hace años tuve las piernas débiles                        | none
      por si acaso se hinchan las piernas                       | none
      me quedé dormida tarde, piernas inquietas                 | none
      # French: affirmed
      mollet gauche gonflé et rouge                             | swelling:urgent
      jambe droite enflée                                       | swelling:urgent
      chevilles gonflées ce soir                                | swelling:soon
      mes jambes lâchent dans l'escalier                        | weakness:soon
      faiblesse dans les jambes                                 | weakness:soon
      pieds engourdis, fourmillements dans les orteils          | numbness:routine
      ma femme dit que je ronfle et que je fais des apnées      | apnea:soon
      cheville gonflée (G)                                      | swelling:urgent
      jambe gauche plus gonflée que la droite                   | swelling:urgent
      oedeme a la cheville droite                               | swelling:urgent
      jambes sans repos - pieds enflés ce soir                  | swelling:soon
      # French: negated, someone else's, in the past, hypothetical
      gonflement : non                                          | none
      en 2018 ma jambe a lâché une fois                         | none
      pas de gonflement                                         | none
      les chevilles ne sont pas gonflées                        | none
      l'œdème a disparu                                         | none
      ma mère a les jambes gonflées                             | none
      mon mari ronfle                                           | none
      il y a des années j'avais les jambes engourdies           | none
      au cas où les jambes gonflent, appeler le médecin         | none
      """)
  void readsANoteInItsLanguage(String note, String expected) {
    assertThat(summary(note)).isEqualTo(expected);
  }

  @Test
  void aMixedLanguageDiaryIsReadNightByNight() {
    List<Flag> flags = flags(
        note(NIGHT, "left calf swollen and red"),
        note(NIGHT.plusDays(1), "Beine nicht geschwollen, nur unruhig"),
        note(NIGHT.plusDays(2), "pierna izquierda hinchada"),
        note(NIGHT.plusDays(3), "pas de gonflement ce soir"),
        note(NIGHT.plusDays(4), "jambe gauche gonflée"));
    assertThat(flags.stream().filter(f -> f.ruleId().equals("swelling")).map(f -> f.evidence().date()))
        .containsExactly(NIGHT, NIGHT.plusDays(2), NIGHT.plusDays(4));
  }

  @Test
  void evidencePointsIntoTheOriginalText() {
    String text = "Heute: Knöchel LINKS geschwollen, Wade heiß";
    Flag swelling = flags(note(NIGHT, text)).stream().filter(f -> f.ruleId().equals("swelling")).findFirst()
        .orElseThrow();
    assertThat(text.substring(swelling.evidence().start(), swelling.evidence().end()))
        .isEqualTo(swelling.evidence().matched()).contains("geschwollen");
  }
}
