package org.rlsviewer.analysis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note as a German, Spanish or French lexicon reads it: lower case, accents and umlauts taken
 * off ("Schwäche" and "Schwaeche" both read "schwache", "hinchazón" reads "hinchazon", "œdème" reads
 * "oedeme"), apostrophes read as spaces ("l'œdème" is two words), and the language's side and list
 * words read as their English counterparts so that the shared laterality and list logic applies
 * ("linkes" reads "the left", "oder" reads "or"). Every character keeps the span of the original
 * word it came from, so a mention found in the folded text points back into the original.
 */
record FoldedText(String text, int[] starts, int[] ends) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  static FoldedText of(String original, NoteLanguage language, Map<String, String> readAs) {
    Builder out = new Builder(original.length());
    Matcher m = WORD.matcher(original);
    int copied = 0;
    while (m.find()) {
      out.copy(original, copied, m.start());
      String word = fold(m.group(), language);
      String replacement = readAs.getOrDefault(word, word);
      for (int i = 0; i < replacement.length(); i++) {
        out.append(replacement.charAt(i), m.start(), m.end());
      }
      copied = m.end();
    }
    out.copy(original, copied, original.length());
    return out.build();
  }

  /** One word (or a whole lexicon line) folded as the language's lexicon reads it. */
  static String fold(String word, NoteLanguage language) {
    String s = word.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("œ", "oe").replace("æ", "ae");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    if (language == NoteLanguage.GERMAN) {
      s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u"); // "Fuesse" as "Füße"
    }
    return s;
  }

  /** The original span [start, end) of the folded characters [foldedStart, foldedEnd). */
  int originalStart(int foldedStart) {
    return starts[foldedStart];
  }

  int originalEnd(int foldedEnd) {
    return ends[foldedEnd - 1];
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`' || c == '\u00B4';
  }

  private static final class Builder {
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    Builder(int capacity) {
      text = new StringBuilder(capacity + 16);
      starts = new int[capacity + 16];
      ends = new int[capacity + 16];
    }

    void copy(String original, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = original.charAt(i);
        append(isApostrophe(c) ? ' ' : c, i, i + 1);
      }
    }

    void append(char c, int from, int to) {
      if (text.length() == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      starts[text.length()] = from;
      ends[text.length()] = to;
      text.append(c);
    }

    FoldedText build() {
      return new FoldedText(text.toString(), Arrays.copyOf(starts, text.length()), Arrays.copyOf(ends, text.length()));
    }
  }
}
