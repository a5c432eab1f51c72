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

  /** Latin letters that Cyrillic and Greek letters are written as when they hide a Latin word. */
  private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
      // Cyrillic
      Map.entry('\u0430', 'a'), Map.entry('\u0435', 'e'), Map.entry('\u043E', 'o'), Map.entry('\u0440', 'p'),
      Map.entry('\u0441', 'c'), Map.entry('\u0443', 'y'), Map.entry('\u0445', 'x'), Map.entry('\u0456', 'i'),
      Map.entry('\u0458', 'j'), Map.entry('\u0455', 's'), Map.entry('\u04CF', 'l'), Map.entry('\u0501', 'd'),
      Map.entry('\u051B', 'q'), Map.entry('\u051D', 'w'), Map.entry('\u0410', 'A'), Map.entry('\u0412', 'B'),
      Map.entry('\u0415', 'E'), Map.entry('\u041A', 'K'), Map.entry('\u041C', 'M'), Map.entry('\u041D', 'H'),
      Map.entry('\u041E', 'O'), Map.entry('\u0420', 'P'), Map.entry('\u0421', 'C'), Map.entry('\u0422', 'T'),
      Map.entry('\u0425', 'X'), Map.entry('\u0406', 'I'), Map.entry('\u0408', 'J'), Map.entry('\u0405', 'S'),
      // Greek
      Map.entry('\u03BF', 'o'), Map.entry('\u03B1', 'a'), Map.entry('\u03B9', 'i'), Map.entry('\u03BD', 'v'),
      Map.entry('\u03C1', 'p'), Map.entry('\u03BA', 'k'), Map.entry('\u03C5', 'u'), Map.entry('\u0391', 'A'),
      Map.entry('\u0392', 'B'), Map.entry('\u0395', 'E'), Map.entry('\u0397', 'H'), Map.entry('\u0399', 'I'),
      Map.entry('\u039A', 'K'), Map.entry('\u039C', 'M'), Map.entry('\u039D', 'N'), Map.entry('\u039F', 'O'),
      Map.entry('\u03A1', 'P'), Map.entry('\u03A4', 'T'), Map.entry('\u03A7', 'X'), Map.entry('\u03A5', 'Y'),
      Map.entry('\u0396', 'Z'));

  private TextNormaliser() {}

  static Normalised normalise(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] from = new int[original.length() + 8];
    int[] to = new int[original.length() + 8];
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
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
      String piece = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
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
    return Character.getType(cp) == Character.FORMAT
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

  /**
   * Folds look-alike letters inside a run of letters that also holds Latin letters: "swоllen" with a
   * Cyrillic "о" becomes "swollen"; a word wholly in Cyrillic or Greek is left alone.
   */
  private static void foldLookAlikes(StringBuilder text) {
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
