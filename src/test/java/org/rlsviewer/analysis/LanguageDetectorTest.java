package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  private final LanguageDetector detector = LanguageDetector.builtIn();

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      taub                                     | GERMAN
      Beine geschwollen                        | GERMAN
      Wadenschmerzen links                     | GERMAN
      Fuesse eingeschlafen                     | GERMAN
      schlecht geschlafen, Beine unruhig       | GERMAN
      piernas hinchadas                        | SPANISH
      hormigueo                                | SPANISH
      no me sostienen las piernas              | SPANISH
      dormí mal, piernas inquietas             | SPANISH
      mollet gonflé                            | FRENCH
      jambes lourdes ce soir                   | FRENCH
      engourdissement                          | FRENCH
      j'ai mal dormi                           | FRENCH
      numb                                     | ENGLISH
      ok                                       | ENGLISH
      no                                       | ENGLISH
      magnesium 400 mg                         | ENGLISH
      apple pie for dessert, legs restless     | ENGLISH
      left ankle swollen again                 | ENGLISH
      slept badly                              | ENGLISH
      ''                                       | ENGLISH
      """)
  void detectsTheLanguageOfShortNotes(String note, NoteLanguage expected) {
    assertThat(detector.detect(note == null ? "" : note)).isEqualTo(expected);
  }

  @Test
  void everyEnglishNoteOfTheProjectsLabelledSetsStaysEnglish() throws IOException {
    List<String> notes = new ArrayList<>();
    notes.addAll(column("labelled-notes.tsv", 3));
    notes.addAll(column("labelled-notes-check.tsv", 3));
    notes.addAll(column("lay-diary-negation.tsv", 2));
    assertThat(notes).hasSizeGreaterThan(400);
    assertThat(notes).filteredOn(n -> detector.detect(n) != NoteLanguage.ENGLISH).isEmpty();
  }

  @Test
  void anEnglishNoteIsReadExactlyAsTheEnglishReaderReadsIt() throws IOException {
    for (String note : column("labelled-notes.tsv", 3)) {
      assertThat(MultilingualReader.builtIn().read(note)).as(note).isEqualTo(NoteReader.builtIn().read(note));
    }
  }

  @Test
  void aSentenceInAnotherLanguageIsReadInItsOwn() {
    String note = "Slept badly, legs restless. Linkes Bein ist geschwollen.";
    List<Mention> mentions = MultilingualReader.builtIn().read(note);
    assertThat(mentions).extracting(Mention::concept, Mention::matched, Mention::laterality)
        .contains(org.assertj.core.groups.Tuple.tuple("swelling", "geschwollen", Laterality.LEFT));
    assertThat(note.substring(mentions.get(0).start(), mentions.get(0).end())).isEqualTo(mentions.get(0).matched());
  }

  @Test
  void aClinicsOwnWordsAreFoundInEveryLanguage() {
    MultilingualReader reader = new MultilingualReader(NoteReader.builtIn(), List.of(Map.entry("words-x", "krampf*")));
    assertThat(reader.read("Wadenkrampf? Nein, Krampfadern")).extracting(Mention::concept).contains("words-x");
  }

  private static List<String> column(String resource, int index) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        LanguageDetectorTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (header && resource.startsWith("lay")) {
          header = false;
          continue;
        }
        if (cols.length > index) {
          out.add(cols[index]);
        }
      }
    }
    return out;
  }
}
