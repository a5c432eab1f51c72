package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

  private final NoteReader reader = NoteReader.builtIn();

  private Mention first(String text, String concept) {
    return reader.read(text).stream().filter(m -> m.concept().equals(concept)).findFirst().orElseThrow();
  }

  @Test
  void aZeroWidthSpaceInsideAWordNoLongerHidesIt() {
    String text = "we\u200Bak legs tonight";
    Mention weakness = first(text, "weakness");
    assertThat(weakness.assertion().affirmed()).isTrue();
    assertThat(weakness.start()).isZero();
    assertThat(weakness.matched()).isEqualTo("we\u200Bak legs").isEqualTo(text.substring(weakness.start(),
        weakness.end()));
  }

  @Test
  void aSoftHyphenInsideSwollenNoLongerHidesTheUrgentSwelling() {
    String text = "Restless. swol\u00ADlen left leg";
    Mention swelling = first(text, "swelling");
    assertThat(swelling.laterality()).isEqualTo(Laterality.LEFT);
    assertThat(text.substring(swelling.start(), swelling.end())).isEqualTo(swelling.matched());
    assertThat(swelling.matched()).startsWith("swol\u00ADlen");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      my left leg is sw\u043Ellen                | swelling | LEFT
      my l\u0435ft l\u0435g is swollen           | swelling | LEFT
      \u0441alf and ankle sw\u03BFllen, right side | swelling | RIGHT
      \uFF4C\uFF45\uFF46\uFF54 \uFF4C\uFF45\uFF47 \uFF53\uFF57\uFF4F\uFF4C\uFF4C\uFF45\uFF4E | swelling | LEFT
      \u202Eleft\u202C leg swo\u2060llen         | swelling | LEFT
      \uFEFFright ankle s\u200Cw\u200Dollen      | swelling | RIGHT
      """)
  void lookAlikeLettersWidthFormsAndControlsAreReadThrough(String text, String concept, Laterality side) {
    Mention m = first(text, concept);
    assertThat(m.laterality()).isEqualTo(side);
    assertThat(m.assertion().affirmed()).isTrue();
    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matched());
  }

  @Test
  void negationWrittenWithACurlyApostropheOrInvisibleCharactersStillNegates() {
    assertThat(first("I didn\u2019t have any sw\u00ADelling", "swelling").assertion().negated()).isTrue();
    assertThat(first("n\u200Bo numbness", "numbness").assertion().negated()).isTrue();
  }

  @Test
  void normalisedCharactersMapBackToTheirOriginalRange() {
    TextNormaliser.Normalised n = TextNormaliser.normalise("a\u200Bb\uFB01c");
    assertThat(n.text()).isEqualTo("abfic");
    assertThat(n.originalStart(1)).isEqualTo(2); // "b" after the zero-width space
    assertThat(n.originalStart(2)).isEqualTo(3); // "f" of the ligature
    assertThat(n.originalEnd(3)).isEqualTo(4); // "i" ends where the ligature ends
    assertThat(n.originalEnd(5)).isEqualTo(5);
    assertThat(n.originalStart(5)).isEqualTo(5);
  }

  @Test
  void combiningMarksComposeAndQuotesAndDashesArePlain() {
    assertThat(TextNormaliser.normalise("cafe\u0301 \u201cok\u201d \u2014 it\u2019s").text())
        .isEqualTo("caf\u00E9 \"ok\" - it's");
  }

  @Test
  void aWordWhollyInAnotherScriptIsLeftAlone() {
    assertThat(TextNormaliser.normalise("\u0441\u043E\u0440 \u03BF\u03B9").text()).isEqualTo("\u0441\u043E\u0440 \u03BF\u03B9");
    assertThat(TextNormaliser.normalise("\u043Fap").text()).isEqualTo("\u043Fap"); // a letter with no look-alike
  }

  @Test
  void invisibleCharactersAreEveryFormatCharacter() {
    for (int cp : List.of(0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066,
        0x2069, 0x061C, 0xFE0F)) {
      assertThat(TextNormaliser.invisible(cp)).as("U+%04X", cp).isTrue();
    }
    assertThat(TextNormaliser.invisible('a')).isFalse();
    assertThat(TextNormaliser.invisible(' ')).isFalse();
  }

  @Test
  void plainTextAfterExpandingLigaturesKeepsItsOriginalOffsets() {
    String original = "\uFB03".repeat(20) + " ankle swollen";
    TextNormaliser.Normalised n = TextNormaliser.normalise(original);
    assertThat(n.text()).isEqualTo("ffi".repeat(20) + " ankle swollen");
    int swollen = n.text().indexOf("swollen");
    assertThat(n.originalStart(swollen)).isEqualTo(original.indexOf("swollen"));
    assertThat(n.originalEnd(n.text().length())).isEqualTo(original.length());
    assertThat(n.originalEnd(1)).isEqualTo(1);
  }
}
