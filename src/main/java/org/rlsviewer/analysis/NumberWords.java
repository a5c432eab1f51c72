package org.rlsviewer.analysis;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dose figures written in words read as digits ("four hundred", "two fifty", "zweihundert",
 * "doscientos cincuenta", "deux cent cinquante", "zweihunderter" as "200er"), in lower-case text.
 * Each figure is written in place of its words and padded with spaces, so every offset stays valid.
 */
final class NumberWords {

  private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("a", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ein", 1), Map.entry("zwei", 2),
      Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("f\u00fcnf", 5), Map.entry("sechs", 6),
      Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("deux", 2), Map.entry("trois", 3),
      Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six ", 6), Map.entry("sept", 7), Map.entry("huit", 8),
      Map.entry("neuf", 9));
  private static final Map<String, Integer> SPANISH_HUNDREDS = Map.ofEntries(Map.entry("cien", 100),
      Map.entry("ciento", 100), Map.entry("doscientos", 200), Map.entry("doscientas", 200),
      Map.entry("trescientos", 300), Map.entry("trescientas", 300), Map.entry("cuatrocientos", 400),
      Map.entry("cuatrocientas", 400), Map.entry("quinientos", 500), Map.entry("quinientas", 500),
      Map.entry("seiscientos", 600), Map.entry("seiscientas", 600));
  private static final Map<String, Integer> TENS = Map.of("fifty", 50, "f\u00fcnfzig", 50, "cincuenta", 50,
      "cinquante", 50, "twenty-five", 25, "twenty five", 25, "seventy-five", 75, "seventy five", 75);
  private static final String TENS_WORDS = "fifty|f\u00fcnfzig|cincuenta|cinquante|twenty[- ]five|seventy[- ]five";
  private static final Pattern FIGURE = Pattern.compile(
      "\\b(?:(?<unit>one|a|two|three|four|five|six|seven|eight|nine|deux|trois|quatre|cinq|six|sept|huit|neuf)\\s+"
          + "(?:hundred|cents?)(?:\\s+(?:and\\s+|et\\s+)?(?<tens>" + TENS_WORDS + "))?"
          + "|(?<deunit>ein|zwei|drei|vier|f\u00fcnf|sechs|sieben|acht|neun)?hundert(?:und)?(?<detens>f\u00fcnfzig)?"
          + "(?<er>er)?"
          + "|(?<es>cien|ciento|doscient[oa]s|trescient[oa]s|cuatrocient[oa]s|quinient[oa]s|seiscient[oa]s)"
          + "(?:\\s+y?\\s*(?<estens>cincuenta))?"
          + "|(?<short>one|two|three|four|five|six)\\s+(?<shorttens>fifty|twenty[- ]five|seventy[- ]five))\\b");

  private static final Pattern ONE_AND_A_HALF = Pattern.compile(
      "\\b(?:one and a half|one-and-a-half|una y media|uno y medio|un et demi|une et demie)\\b");

  private NumberWords() {}

  /** True when the text holds a digit or a figure in words ("four hundred"); cheap enough for every note. */
  static boolean mayHoldFigure(String text) {
    return text.chars().anyMatch(Character::isDigit) || FIGURE.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
  }

  /** The text with each figure in words replaced by its digits, padded to the same length. */
  static String digits(String lower) {
    Matcher half = ONE_AND_A_HALF.matcher(lower);
    if (half.find()) {
      // "one and a half" would be split at its "and" into two items: read as "1.5" first
      StringBuilder b = new StringBuilder(lower);
      do {
        b.replace(half.start(), half.end(), "1.5" + " ".repeat(half.end() - half.start() - 3));
      } while (half.find());
      lower = b.toString();
    }
    Matcher m = FIGURE.matcher(lower);
    StringBuilder out = null;
    while (m.find()) {
      int value = value(m);
      if (value <= 0) {
        continue;
      }
      String figure = value + (m.group("er") != null ? "er" : "");
      if (figure.length() > m.end() - m.start()) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(lower);
      }
      out.replace(m.start(), m.end(), figure + " ".repeat(m.end() - m.start() - figure.length()));
    }
    return out == null ? lower : out.toString();
  }

  private static int value(Matcher m) {
    if (m.group("unit") != null) {
      return UNITS.get(m.group("unit")) * 100 + tens(m.group("tens"));
    }
    if (m.group("es") != null) {
      return SPANISH_HUNDREDS.get(m.group("es")) + tens(m.group("estens"));
    }
    if (m.group("short") != null) {
      return UNITS.get(m.group("short")) * 100 + tens(m.group("shorttens"));
    }
    if (m.group().contains("hundert")) {
      int unit = m.group("deunit") == null ? 1 : UNITS.get(m.group("deunit"));
      return unit * 100 + tens(m.group("detens"));
    }
    return 0;
  }

  private static int tens(String word) {
    return word == null ? 0 : TENS.getOrDefault(word.replace('-', ' '), TENS.getOrDefault(word, 0));
  }
}
