package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a lexicon's patterns can start at each token of a sentence, found in one pass over the
 * tokens: each pattern is indexed by the cue words of its first element (its words, the first
 * letter of its prefixes, the first letters of the words a slip of spelling may stand for), and a
 * candidate is confirmed by the element itself. A pattern whose first element fails at a token
 * cannot match there, so the lexicon tries only these, whatever words the files hold.
 *
 * <p>Patterns are numbered concept by concept in the lexicon's order, each concept's patterns in
 * their order, so ascending numbers keep the order the lexicon tries them in.
 */
final class PatternStarts {

  private static final int[] NONE = new int[0];

  private final String[] concepts;
  /** Per concept, the number of its first pattern; one more entry holds the number of patterns. */
  private final int[] firstPattern;
  private final List<List<LexiconElement>> patterns = new ArrayList<>();
  private final int[] conceptOf;
  private final Map<String, int[]> byWord;
  private final Map<Character, int[]> byPrefixLetter;
  /** Patterns starting with a suffix or infix ("*schwellung"): tried at every word. */
  private final int[] everywhere;
  private final Map<Integer, int[]> bySlipLetters;
  private final Map<Character, int[]> byLongSlipLetter;

  PatternStarts(Map<String, List<List<LexiconElement>>> patternsByConcept) {
    concepts = new String[patternsByConcept.size()];
    firstPattern = new int[concepts.length + 1];
    Map<String, List<Integer>> words = new HashMap<>();
    Map<Character, List<Integer>> prefixLetters = new HashMap<>();
    List<Integer> anywhere = new ArrayList<>();
    Map<Integer, List<Integer>> slips = new HashMap<>();
    Map<Character, List<Integer>> longSlips = new HashMap<>();
    List<Integer> owners = new ArrayList<>();
    int c = 0;
    for (var entry : patternsByConcept.entrySet()) {
      concepts[c] = entry.getKey();
      firstPattern[c] = patterns.size();
      for (List<LexiconElement> pattern : entry.getValue()) {
        int id = patterns.size();
        patterns.add(pattern);
        owners.add(c);
        LexiconElement first = pattern.get(0);
        first.words().forEach(w -> words.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
        for (String p : first.prefixes()) {
          if (p.startsWith("*") || p.isEmpty()) { // an empty prefix matches every word
            anywhere.add(id);
          } else {
            prefixLetters.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(id);
          }
        }
        first.slipKeys().forEach(k -> slips.computeIfAbsent(k, x -> new ArrayList<>()).add(id));
        first.longSlipKeys().forEach(k -> longSlips.computeIfAbsent(k, x -> new ArrayList<>()).add(id));
      }
      c++;
    }
    firstPattern[c] = patterns.size();
    conceptOf = owners.stream().mapToInt(Integer::intValue).toArray();
    byWord = arrays(words);
    byPrefixLetter = arrays(prefixLetters);
    everywhere = anywhere.stream().mapToInt(Integer::intValue).distinct().toArray();
    bySlipLetters = arrays(slips);
    byLongSlipLetter = arrays(longSlips);
  }

  String concept(int c) {
    return concepts[c];
  }

  List<LexiconElement> pattern(int id) {
    return patterns.get(id);
  }

  int firstPatternOf(int concept) {
    return firstPattern[concept];
  }

  int endPatternOf(int concept) {
    return firstPattern[concept + 1];
  }

  /**
   * Per token of the sentence, the ascending numbers of the patterns whose first element matches
   * it (a word, or a colon or plus a pattern may name); {@code concepts} gets the concepts of them.
   */
  int[][] at(Sentence sentence, Set<String> literalMarks, BitSet conceptsSeen) {
    int[][] out = new int[sentence.size()][];
    BitSet candidates = new BitSet(patterns.size());
    for (int i = 0; i < sentence.size(); i++) {
      Token t = sentence.get(i);
      String norm = t.norm();
      if (!t.word() && !literalMarks.contains(norm)) {
        out[i] = NONE;
        continue;
      }
      candidates.clear();
      add(candidates, byWord.get(norm));
      add(candidates, everywhere);
      if (!norm.isEmpty()) {
        add(candidates, byPrefixLetter.get(norm.charAt(0)));
      }
      if (norm.length() >= LexiconElement.MIN_FUZZY_LENGTH - 1) {
        add(candidates, bySlipLetters.get(LexiconElement.twoLetters(norm)));
        add(candidates, byLongSlipLetter.get(norm.charAt(0)));
      }
      int[] found = new int[candidates.cardinality()];
      int n = 0;
      for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
        if (patterns.get(id).get(0).matches(norm)) {
          found[n++] = id;
          conceptsSeen.set(conceptOf[id]);
        }
      }
      out[i] = n == found.length ? found : Arrays.copyOf(found, n);
    }
    return out;
  }

  private static void add(BitSet set, int[] ids) {
    if (ids != null) {
      for (int id : ids) {
        set.set(id);
      }
    }
  }

  private static <K> Map<K, int[]> arrays(Map<K, List<Integer>> lists) {
    Map<K, int[]> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
    return out;
  }
}
