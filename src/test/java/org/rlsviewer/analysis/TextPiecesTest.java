package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The tokeniser's pieces, measured by hand where it can, are those its pattern finds one after another. */
class TextPiecesTest {

  /** Characters where the pattern's alternatives begin, end or look around, and a few of each kind beside. */
  private static final String[] ALPHABET = {"a", "L", "r", "l", "R", "d", "g", "i", "e", "t", "x", "X", "s", "7",
      "0", " ", " ", " ", "\t", "\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "'", "\u2019", ",", ";",
      ":", "=", "+", "|", "\u2022", "\u00B7", ">", "<", "-", "--", "_", ".", "!", "?", "\u00BF", "/", "[", "]", "(",
      ")", "*", "\"", "\u2713", "\u2714", "\u2717", "\u2718", "\u2716", "\u274C", "\u2610", "\u2612", "\u25A1",
      "\u25A0", "\u2B1C", "\u2611", "\u2705", "\u2600", "\u27BF", "\u2776", "\u00E9", "e\u0301", "\u00DF", "\u0416",
      "\u00BD", "\u2460", "\u00B2", "\u2167", "\uD83D\uDE2C", "\uD83E\uDD22", "\uD835\uDC00", "\uD800", "\uDC00",
      "\u200B", "\u00A0", "\u3000", "\u0661", "#", "&", "%", "\\"};

  @Test
  void randomTextsArePiecedAsThePatternFindsThem() {
    Random random = new Random(20261208L);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(14);
      for (int k = 0; k < length; k++) {
        text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      assertPiecedAsThePatternFinds(text.toString());
    }
  }

  @Test
  void everyLineOfTheLabelledFilesAndDevelopmentSetsIsPiecedAsThePatternFindsIt() throws Exception {
    List<String> files = new ArrayList<>(List.of("labelled-notes.tsv", "labelled-notes-check.tsv"));
    for (String set : List.of("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")) {
      for (String language : List.of("en", "de", "es", "fr")) {
        files.add("corpus/" + set + "/notes-" + language + ".tsv");
      }
    }
    int notes = 0;
    for (String file : files) {
      try (var in = TextPiecesTest.class.getResourceAsStream(file)) {
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          assertPiecedAsThePatternFinds(line);
          notes++;
        }
      }
    }
    assertThat(notes).isGreaterThan(10_000);
  }

  @Test
  void wordsSideSignsAndMarksArePieces() {
    assertThat(pieces("L>R ankle, don't (x) \u2714 -- no.")).containsExactly("L", ">", "R", "ankle", ",", "don't",
        "x", "\u2714", "--", "no", ".");
  }

  private static void assertPiecedAsThePatternFinds(String text) {
    List<String> expected = new ArrayList<>();
    Matcher m = Tokeniser.PIECE.matcher(text);
    while (m.find()) {
      expected.add(m.start() + ":" + m.end());
    }
    List<String> found = new ArrayList<>();
    TextPieces pieces = new TextPieces(text, Tokeniser.PIECE);
    while (pieces.next()) {
      found.add(pieces.start() + ":" + pieces.end());
    }
    assertThat(found).as(escaped(text)).isEqualTo(expected);
  }

  private static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    TextPieces pieces = new TextPieces(text, Tokeniser.PIECE);
    while (pieces.next()) {
      out.add(text.substring(pieces.start(), pieces.end()));
    }
    return out;
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.toString();
  }
}
