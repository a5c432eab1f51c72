package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One position of a concept pattern: a choice of words (exact, or by prefix when written "word*"; a
 * {@code prefixes} entry starting with "*" matches by suffix, "*word", or anywhere, "*word*"),
 * or a gap of up to {@code maxGap} words inside the clause.
 *
 * <p>The words that may match with a slip of spelling are kept by their first letters (the two that
 * must agree, or the one for long medicine names), so a word is compared only with the few it could
 * be a slip of, not with every word of the element (a word class may hold hundreds).
 */
final class LexiconElement {

  static final int MIN_FUZZY_LENGTH = 6;
  private static final int NOT_FOLLOWED_BY = -1;
  private static final String[] NONE = new String[0];

  private final Set<String> words;
  private final List<String> prefixes;
  private final int maxGap;
  private final Set<String> realWords;
  private final boolean longSlips;
  /** Words matched with one slip, by {@link #twoLetters} of the word. */
  private final Map<Integer, String[]> slipsByTwoLetters;
  /** Long words matched with two slips (medicine names), by their first letter. */
  private final Map<Character, String[]> longSlipsByFirstLetter;

  /**
   * @param realWords correctly spelt words that are never read as a slip of spelling ("number" is
   *     not "numbed", "ability" is not "Abilify")
   * @param longSlips long words match with two slips of spelling (medicine names, see {@link Spelling})
   */
  LexiconElement(Set<String> words, List<String> prefixes, int maxGap, Set<String> realWords, boolean longSlips) {
    this.words = Set.copyOf(words);
    this.prefixes = List.copyOf(prefixes);
    this.maxGap = maxGap;
    this.realWords = Set.copyOf(realWords);
    this.longSlips = longSlips;
    Map<Integer, List<String>> byTwo = new HashMap<>();
    Map<Character, List<String>> byOne = new HashMap<>();
    for (String w : this.words) {
      if (w.length() < MIN_FUZZY_LENGTH) {
        continue; // Spelling.closeEnough never matches a shorter known word
      }
      if (longSlips && w.length() >= Spelling.LONG_WORD) {
        byOne.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      } else {
        byTwo.computeIfAbsent(twoLetters(w), k -> new ArrayList<>()).add(w);
      }
    }
    this.slipsByTwoLetters = frozen(byTwo);
    this.longSlipsByFirstLetter = frozen(byOne);
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

  Set<String> words() {
    return words;
  }

  List<String> prefixes() {
    return prefixes;
  }

  int maxGap() {
    return maxGap;
  }

  Set<String> realWords() {
    return realWords;
  }

  boolean longSlips() {
    return longSlips;
  }

  boolean isGap() {
    return maxGap > 0;
  }

  boolean isNotFollowedBy() {
    return maxGap == NOT_FOLLOWED_BY;
  }

  /** Whether a word may be a slip of spelling of one of {@link #words}: for indexing patterns by these. */
  boolean hasSlipWords() {
    return !slipsByTwoLetters.isEmpty() || !longSlipsByFirstLetter.isEmpty();
  }

  Set<Integer> slipKeys() {
    return slipsByTwoLetters.keySet();
  }

  Set<Character> longSlipKeys() {
    return longSlipsByFirstLetter.keySet();
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
    if (realWords.contains(norm) || norm.length() < MIN_FUZZY_LENGTH - 1) {
      return false;
    }
    for (String w : slipsByTwoLetters.getOrDefault(twoLetters(norm), NONE)) {
      if (Spelling.closeEnough(w, norm, longSlips)) {
        return true;
      }
    }
    for (String w : longSlipsByFirstLetter.getOrDefault(norm.charAt(0), NONE)) {
      if (Spelling.closeEnough(w, norm, longSlips)) {
        return true;
      }
    }
    return false;
  }

  /** The first two letters of a word (of at least two) as one key. */
  static int twoLetters(String word) {
    return word.charAt(0) << 16 | word.charAt(1);
  }

  /** {@code *end} matches a word ending so (longer than it), {@code *part*} a word holding it. */
  private static boolean affixMatches(String affix, String norm) {
    if (affix.endsWith("*")) {
      return affix.length() > 2 && norm.contains(affix.substring(1, affix.length() - 1));
    }
    return norm.length() >= affix.length() - 1 && norm.endsWith(affix.substring(1));
  }

  private static <K> Map<K, String[]> frozen(Map<K, List<String>> lists) {
    Map<K, String[]> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, v.toArray(NONE)));
    return Map.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LexiconElement e && maxGap == e.maxGap && longSlips == e.longSlips && words.equals(e.words)
        && prefixes.equals(e.prefixes) && realWords.equals(e.realWords);
  }

  @Override
  public int hashCode() {
    return Objects.hash(words, prefixes, maxGap, realWords, longSlips);
  }

  @Override
  public String toString() {
    return "LexiconElement[words=" + words + ", prefixes=" + prefixes + ", maxGap=" + maxGap + "]";
  }
}
