package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;

/**
 * One position of a concept pattern: a choice of words (exact, or by prefix when written "word*"; a
 * {@code prefixes} entry starting with "*" matches by suffix, "*word", or anywhere, "*word*"),
 * or a gap of up to {@code maxGap} words inside the clause.
 */
record LexiconElement(Set<String> words, List<String> prefixes, int maxGap, Set<String> realWords,
    boolean longSlips) {

  static final int MIN_FUZZY_LENGTH = 6;
  private static final int NOT_FOLLOWED_BY = -1;

  /**
   * @param realWords correctly spelt words that are never read as a slip of spelling ("number" is
   *     not "numbed", "ability" is not "Abilify")
   * @param longSlips long words match with two slips of spelling (medicine names, see {@link Spelling})
   */
  LexiconElement {
    words = Set.copyOf(words);
    prefixes = List.copyOf(prefixes);
    realWords = Set.copyOf(realWords);
  }

  LexiconElement(Set<String> words, List<String> prefixes, int maxGap) {
    this(words, prefixes, maxGap, Set.of(), false);
  }

  LexiconElement(Set<String> words, List<String> prefixes, int maxGap, Set<String> realWords) {
    this(words, prefixes, maxGap, realWords, false);
  }

  static LexiconElement gap(int maxGap) {
    return new LexiconElement(Set.of(), List.of(), maxGap);
  }

  /** A check that the next word is none of {@code words} (or that no word follows); matches no word itself. */
  static LexiconElement notFollowedBy(Set<String> words) {
    return new LexiconElement(words, List.of(), NOT_FOLLOWED_BY);
  }

  boolean isGap() {
    return maxGap > 0;
  }

  boolean isNotFollowedBy() {
    return maxGap == NOT_FOLLOWED_BY;
  }

  boolean matches(String norm) {
    if (words.contains(norm)) {
      return true;
    }
    for (String p : prefixes) {
      if (p.startsWith("*") ? affixMatches(p, norm) : norm.startsWith(p)) {
        return true;
      }
    }
    if (realWords.contains(norm)) {
      return false;
    }
    for (String w : words) {
      if (Spelling.closeEnough(w, norm, longSlips)) {
        return true;
      }
    }
    return false;
  }

  /** {@code *end} matches a word ending so (longer than it), {@code *part*} a word holding it. */
  private static boolean affixMatches(String affix, String norm) {
    if (affix.endsWith("*")) {
      return affix.length() > 2 && norm.contains(affix.substring(1, affix.length() - 1));
    }
    return norm.length() >= affix.length() - 1 && norm.endsWith(affix.substring(1));
  }
}
