package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rlsviewer.domain.ShownText;

/**
 * Reads a free-text cell for flags in bounded work: whole up to {@link ShownText#READ_LIMIT}
 * characters; beyond, recall first, the rest is searched word by word (no copy of it) for words that
 * may name a concept not found yet ({@link ConceptCues}), and a short window around each such word is
 * read. A red flag found there is marked possible: it was read out of its note's wider context, past
 * what the window and PDF show, so it asks for review. Each cue word opens at most
 * {@link #WINDOWS_PER_WORD} windows and a text at most {@link #MAX_WINDOWS}.
 */
final class BoundedReading {

  static final int MAX_WINDOWS = 64;
  static final int WINDOWS_PER_WORD = 2;
  /** Characters read on each side of a cue word: a sentence or two. */
  static final int CONTEXT = 300;
  private static final int MAX_WORD = 40;
  /** Flaggable, never taken for affirmed: a mention read in a window only. */
  private static final Assertion READ_IN_WINDOW = new Assertion(false, true, false, false, true);

  private BoundedReading() {}

  static List<Mention> read(String text, MultilingualReader reader) {
    if (text.length() <= ShownText.READ_LIMIT) {
      return reader.read(text);
    }
    int cut = boundaryBefore(text, ShownText.READ_LIMIT, 0);
    List<Mention> out = new ArrayList<>(reader.read(text.substring(0, cut)));
    Set<String> found = new HashSet<>();
    out.stream().filter(m -> m.assertion().flaggable()).forEach(m -> found.add(m.concept()));
    readTail(text, cut, reader, found, out);
    return out;
  }

  private static void readTail(String text, int from, MultilingualReader reader, Set<String> found,
      List<Mention> out) {
    ConceptCues cues = reader.cues();
    Map<String, Integer> windowsPerWord = new HashMap<>();
    char[] word = new char[MAX_WORD];
    int length = 0;
    int wordStart = from;
    boolean tooLong = false;
    int readUpTo = from;
    int windows = 0;
    for (int i = from; i <= text.length() && windows < MAX_WINDOWS; i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean ascii = c < 0x80;
      if (!ascii && TextNormaliser.invisible(c)) {
        continue;
      }
      if (ascii ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
        if (length == 0 && !tooLong) {
          wordStart = i;
        }
        if (length < MAX_WORD) {
          word[length++] = ascii ? (char) (c | 0x20) : TextNormaliser.latinLookAlike(Character.toLowerCase(c));
        } else {
          tooLong = true;
        }
        continue;
      }
      if (length > 0 && !tooLong && wordStart >= readUpTo) {
        String w = new String(word, 0, length);
        Set<String> concepts = cues.concepts(w);
        if (!concepts.isEmpty() && !found.containsAll(concepts)
            && windowsPerWord.merge(w, 1, Integer::sum) <= WINDOWS_PER_WORD) {
          int start = Math.max(readUpTo, boundaryAfter(text, wordStart - CONTEXT, wordStart));
          int end = boundaryBefore(text, Math.min(text.length(), i + CONTEXT), i);
          for (Mention m : reader.read(text.substring(start, end))) {
            Mention shifted = inWindow(m, start);
            out.add(shifted);
            if (shifted.assertion().flaggable()) {
              found.add(m.concept());
            }
          }
          readUpTo = end;
          windows++;
        }
      }
      length = 0;
      tooLong = false;
    }
  }

  private static Mention inWindow(Mention m, int offset) {
    Assertion a = m.assertion().affirmed() ? READ_IN_WINDOW : m.assertion();
    return new Mention(m.concept(), m.start() + offset, m.end() + offset, m.matched(), a, m.laterality(), m.words());
  }

  /** A place at or before {@code at} (and after {@code floor}) just after a space; else {@code at}, whole characters. */
  static int boundaryBefore(String text, int at, int floor) {
    if (at >= text.length()) {
      return text.length();
    }
    for (int k = at; k > floor && k > at - CONTEXT; k--) {
      if (Character.isWhitespace(text.charAt(k - 1))) {
        return k;
      }
    }
    return Character.isLowSurrogate(text.charAt(at)) && at > floor + 1 ? at - 1 : at;
  }

  /** A place at or after {@code at} (and before {@code ceiling}) just after a space; else {@code at}, whole characters. */
  private static int boundaryAfter(String text, int at, int ceiling) {
    if (at <= 0) {
      return 0;
    }
    for (int k = at; k < ceiling; k++) {
      if (Character.isWhitespace(text.charAt(k - 1))) {
        return k;
      }
    }
    return Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
  }
}
