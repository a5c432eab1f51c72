package org.rlsviewer.analysis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * The text a reader should see: Unicode NFKC, invisible format characters removed (zero-width
 * spaces and joiners, soft hyphens, bidirectional controls, byte-order marks, variation selectors),
 * Cyrillic and Greek look-alike letters folded to Latin inside otherwise Latin words ("swоllen" with
 * a Cyrillic "о"), and curly quotes, apostrophes and dashes made plain. Each character of the result
 * remembers the characters of the original it came from, so what is found in the normalised text
 * can be shown and quoted in the original.
 */
final class TextNormaliser {

  /** The normalised text and, per character of it, the original range [from, to) it came from. */
  record Normalised(String original, String text, int[] from, int[] to) {

    /** Original offset where the normalised character at {@code start} begins. */
    int originalStart(int start) {
      return start < text.length() ? from[start] : original.length();
    }

    /** Original offset where the normalised range ending at {@code end} (exclusive) ends. */
    int originalEnd(int end) {
      return end > 0 ? to[end - 1] : 0;
    }
  }

  /**
   * Latin letters that Cyrillic and Greek letters are written as when they hide a Latin word: the
   * letter at each place of {@code LOOK_ALIKE} is read as the one at the same place of {@code LATIN}.
   */
  private static final String LOOK_ALIKE = "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u04CF\u0501\u051B\u051D\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0406\u0408\u0405\u03BF\u03B1\u03B9\u03BD\u03C1\u03BA\u03C5\u0391\u0392\u0395\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A7\u03A5\u0396";
  private static final String LATIN = "aeopcyxijsldqwABEKMHOPCTXIJSoaivpkuABEHIKMNOPTXYZ";
  private static final Map<Character, Character> LOOK_ALIKES = new java.util.HashMap<>();

  static {
    for (int i = 0; i < LOOK_ALIKE.length(); i++) {
      LOOK_ALIKES.put(LOOK_ALIKE.charAt(i), LATIN.charAt(i));
    }
  }

  private TextNormaliser() {}

  static Normalised normalise(String original) {
    if (ascii(original)) {
      return asciiNormalised(original);
    }
    StringBuilder out = new StringBuilder(original.length());
    int[] from = new int[original.length() + 8];
    int[] to = new int[original.length() + 8];
    int i = 0;
    while (i < original.length()) {
      char c = original.charAt(i);
      int cp = Character.isHighSurrogate(c) ? original.codePointAt(i) : c;
      int next = i + Character.charCount(cp);
      if (invisible(cp)) {
        i = next;
        continue;
      }
      if (cp < 0x80 && (next == original.length() || original.charAt(next) < 0x80)) {
        // plain ASCII followed by ASCII is its own NFKC form: no cluster, no object per character
        if (out.length() == from.length) {
          from = Arrays.copyOf(from, from.length * 2);
          to = Arrays.copyOf(to, to.length * 2);
        }
        from[out.length()] = i;
        to[out.length()] = next;
        out.append(plainChar((char) cp));
        i = next;
        continue;
      }
      // a base character and the combining marks after it are normalised together ("e" + acute)
      StringBuilder cluster = new StringBuilder().appendCodePoint(plain(cp));
      while (next < original.length() && combining(original.codePointAt(next))) {
        int mark = original.codePointAt(next);
        if (!invisible(mark)) {
          cluster.appendCodePoint(mark);
        }
        next += Character.charCount(mark);
      }
      String piece = emojiWord(cp, original, next);
      piece = piece != null ? piece : Normalizer.normalize(cluster, Normalizer.Form.NFKC);
      for (int k = 0; k < piece.length(); k++) {
        if (out.length() == from.length) {
          from = Arrays.copyOf(from, from.length * 2);
          to = Arrays.copyOf(to, to.length * 2);
        }
        from[out.length()] = i;
        to[out.length()] = next;
        out.append(plainChar(piece.charAt(k)));
      }
      i = next;
    }
    foldLookAlikes(out);
    return new Normalised(original, out.toString(), Arrays.copyOf(from, out.length()),
        Arrays.copyOf(to, out.length()));
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Plain ASCII is its own NFKC form with nothing invisible and no look-alike letter: each character
   * stays where it is, a backtick read as an apostrophe (as {@link #plainChar} reads it).
   */
  private static Normalised asciiNormalised(String original) {
    int[] from = new int[original.length()];
    int[] to = new int[original.length()];
    for (int i = 0; i < from.length; i++) {
      from[i] = i;
      to[i] = i + 1;
    }
    String text = original.indexOf('`') < 0 ? original : original.replace('`', '\'');
    return new Normalised(original, text, from, to);
  }

  /**
   * An emoji used as a word, read as the word ("left \uD83E\uDDB5 swollen", "my \uD83E\uDDB5\uD83E\uDDB5 gave way"):
   * the leg and the foot; two of them in a row are plural. Null for any other character.
   */
  private static String emojiWord(int cp, String original, int next) {
    String word = switch (cp) {
      case 0x1F9B5 -> "leg";
      case 0x1F9B6 -> "foot";
      default -> null;
    };
    if (word == null) {
      return null;
    }
    boolean pairedBefore = next - 4 >= 0 && original.codePointAt(next - 4) == cp;
    boolean pairedAfter = next < original.length() - 1 && original.codePointAt(next) == cp;
    if (pairedBefore) {
      return " "; // the second of a pair: the first said it ("\uD83E\uDDB5\uD83E\uDDB5" reads "legs")
    }
    return " " + (pairedAfter ? (cp == 0x1F9B6 ? "feet" : "legs") : word) + " ";
  }

  /** The Latin letter a Cyrillic or Greek look-alike letter stands for, else the letter itself. */
  static char latinLookAlike(char c) {
    if (c < 0x370) {
      return c;
    }
    Character latin = LOOK_ALIKES.get(c);
    return latin == null ? c : latin;
  }

  /** Zero-width characters, soft hyphen, bidirectional controls and every other format character. */
  static boolean invisible(int cp) {
    // no ASCII character is a format character: the common case without a Unicode table look-up
    return cp >= 0x80 && Character.getType(cp) == Character.FORMAT
        || cp == 0x034F // combining grapheme joiner
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || (cp >= 0xE0100 && cp <= 0xE01EF)
        || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0; // Hangul fillers
  }

  private static boolean combining(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || invisible(cp);
  }

  private static int plain(int cp) {
    return cp <= Character.MAX_VALUE ? plainChar((char) cp) : cp;
  }

  private static char plainChar(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u02B9', '\u0060', '\u00B4', '\uFF07' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> '-';
      default -> c;
    };
  }

  private static boolean anyAtOrAbove(StringBuilder text, int lowest) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= lowest) {
        return true;
      }
    }
    return false;
  }

  /**
   * Folds look-alike letters inside a run of letters that also holds Latin letters: "swоllen" with a
   * Cyrillic "о" becomes "swollen"; a word wholly in Cyrillic or Greek is left alone.
   */
  private static void foldLookAlikes(StringBuilder text) {
    if (!anyAtOrAbove(text, 0x370)) {
      return; // every look-alike letter is Cyrillic or Greek
    }
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      boolean latin = false;
      boolean lookAlike = false;
      boolean otherForeign = false;
      while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\'')) {
        char c = text.charAt(end);
        if (c < 0x250 && Character.isLetter(c)) {
          latin = true;
        } else if (LOOK_ALIKES.containsKey(c)) {
          lookAlike = true;
        } else if (Character.isLetter(c)) {
          otherForeign = true;
        }
        end++;
      }
      if (latin && lookAlike && !otherForeign) {
        for (int k = i; k < end; k++) {
          Character latinLetter = LOOK_ALIKES.get(text.charAt(k));
          if (latinLetter != null) {
            text.setCharAt(k, latinLetter);
          }
        }
      }
      i = end;
    }
  }
}
