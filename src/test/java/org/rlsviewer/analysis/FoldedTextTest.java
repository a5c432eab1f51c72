package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

  @Test
  void foldsAccentsUmlautsAndSharpS() {
    assertThat(FoldedText.fold("Schwäche", NoteLanguage.GERMAN)).isEqualTo(FoldedText.fold("Schwaeche", NoteLanguage.GERMAN))
        .isEqualTo("schwache");
    assertThat(FoldedText.fold("Füße", NoteLanguage.GERMAN)).isEqualTo("fusse");
    assertThat(FoldedText.fold("hinchazón", NoteLanguage.SPANISH)).isEqualTo("hinchazon");
    assertThat(FoldedText.fold("Œdème", NoteLanguage.FRENCH)).isEqualTo("oedeme");
  }

  @Test
  void keepsTheOriginalSpanOfEveryFoldedCharacter() {
    String original = "l'œdème à la Füße";
    FoldedText folded = FoldedText.of(original, NoteLanguage.FRENCH, Map.of());
    assertThat(folded.text()).isEqualTo("l oedeme a la fusse");
    int at = folded.text().indexOf("oedeme");
    assertThat(original.substring(folded.originalStart(at), folded.originalEnd(at + "oedeme".length())))
        .isEqualTo("œdème");
  }

  @Test
  void readsSideWordsInEnglishOrderBracketsAndYears() {
    Map<String, String> readAs = Map.of("derecha", "the right", "y", "and");
    FoldedText folded = FoldedText.of("pierna derecha y pie (i) - en 2018", NoteLanguage.SPANISH, readAs,
        Map.of("i", "the left"), Set.of("pierna", "pie"));
    assertThat(folded.text()).isEqualTo("right pierna and pie (the left) ; en yyyy");
    int leg = folded.text().indexOf("pierna");
    assertThat(folded.originalStart(leg)).isZero();
    assertThat(folded.originalEnd(leg + "pierna".length())).isEqualTo("pierna".length());
  }
}
