package org.rlsviewer.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces a tokeniser's pattern finds in a text one after another ({@link Matcher#find}), found
 * faster: a word ({@code [\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*}, the pattern's first
 * alternative, so the one it takes wherever a letter or digit stands), which nearly every piece is,
 * is measured by hand; an ASCII character that starts no piece is passed over; the pattern is tried
 * only at the characters left, as an anchored match with the text before in sight of its look-behinds.
 */
final class TextPieces {

  /** Every ASCII character the pattern's other alternatives may start with (see {@link Tokeniser#PIECE}). */
  private static final String ASCII_PIECE_STARTS = ",;:=+|>-.!?/[\n\u000B\f\r";
  private static final int WORD_CHAR_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
      | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
      | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

  private final String text;
  private final Pattern pattern;
  private Matcher matcher;
  private int pos;
  private int start;
  private int end;

  /** @param pattern a pattern whose first alternative is the word above and that matches no empty piece */
  TextPieces(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  /** Moves to the next piece; false when there is none. */
  boolean next() {
    int length = text.length();
    while (pos < length) {
      char c = text.charAt(pos);
      if (c < 0x80 ? isAsciiWordChar(c) : isWordChar(text.codePointAt(pos))) {
        start = pos;
        end = wordEnd(pos);
        pos = end;
        return true;
      }
      if (c < 0x80 && ASCII_PIECE_STARTS.indexOf(c) < 0) {
        pos++;
        continue;
      }
      if (matcher == null) {
        matcher = pattern.matcher(text).useTransparentBounds(true);
      }
      matcher.region(pos, length);
      if (matcher.lookingAt()) {
        start = pos;
        end = matcher.end();
        pos = end;
        return true;
      }
      // as Matcher.find moves on: one character, a surrogate pair as one
      pos += Character.isHighSurrogate(c) && pos + 1 < length && Character.isLowSurrogate(text.charAt(pos + 1)) ? 2 : 1;
    }
    return false;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** A letter or a digit: what {@code [\p{L}\p{N}]} matches. */
  static boolean isWordChar(int cp) {
    return (WORD_CHAR_TYPES >> Character.getType(cp) & 1) != 0;
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Letters and digits, then again after each apostrophe that has one after it. */
  private int wordEnd(int from) {
    int i = wordCharsEnd(from);
    while (i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
        && isWordChar(text.codePointAt(i + 1))) {
      i = wordCharsEnd(i + 1);
    }
    return i;
  }

  private int wordCharsEnd(int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (!isAsciiWordChar(c)) {
          break;
        }
        i++;
      } else {
        int cp = text.codePointAt(i);
        if (!isWordChar(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
    }
    return i;
  }
}
