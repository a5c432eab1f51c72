package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lexicon's patterns indexed by their words, so a sentence is matched in one pass. Each distinct
 * pattern element (a word choice such as {@code @legpart}, shared by many patterns) is numbered
 * once; a word read is looked up once for all of them ({@link Word}: the elements it matches and the
 * patterns that can start at it), through an index of the elements' cue words (their words, the first
 * letter of their prefixes, the first letters of the words a slip of spelling may stand for), each
 * candidate confirmed by {@link LexiconElement#matches}. What a word matches depends on the word
 * alone, so it is remembered (up to {@link #REMEMBERED} words): a diary repeats its words.
 *
 * <p>Patterns are numbered concept by concept in the lexicon's order, each concept's patterns in
 * their order, so ascending numbers keep the order the lexicon tries them in.
 */
final class PatternStarts {

  /** Words whose matches are kept; past this, a new word is looked up every time it is read. */
  static final int REMEMBERED = 20_000;
  private static final int[] NONE = new int[0];

  /**
   * What one word matches: the numbers of the elements (as a set and as a list), and of the patterns
   * whose first element, it matches; per such pattern, the first of its other elements ({@code gates}, -1 if none), checked
   * before the rest when asking which of them a sentence can complete.
   */
  record Word(BitSet elements, int[] elementIds, int[] starts, int[] gates) {
    boolean matches(int element) {
      return elements.get(element);
    }
  }

  private final String[] concepts;
  /** Per concept, the number of its first pattern; one more entry holds the number of patterns. */
  private final int[] firstPattern;
  private final List<List<LexiconElement>> patterns = new ArrayList<>();
  private final List<LexiconElement>[] patternArray;
  /** Per pattern, the number of each of its elements (-1 for a gap or a not-followed-by check). */
  private final int[][] elementIds;
  private final int[][] laterElementIds;
  private final int[] conceptOf;
  private final List<LexiconElement> elements = new ArrayList<>();
  private final int[][] startingWith;
  private final Map<String, int[]> byWord;
  private final Map<Character, int[]> byPrefixLetter;
  /** Elements with a suffix or infix ("*schwellung") or an empty prefix: tried for every word. */
  private final int[] everywhere;
  private final Map<Integer, int[]> bySlipLetters;
  private final Map<Character, int[]> byLongSlipLetter;
  private final Map<String, Word> remembered = new ConcurrentHashMap<>();

  PatternStarts(Map<String, List<List<LexiconElement>>> patternsByConcept) {
    concepts = new String[patternsByConcept.size()];
    firstPattern = new int[concepts.length + 1];
    Map<LexiconElement, Integer> numbers = new HashMap<>();
    List<int[]> ids = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    Map<Integer, List<Integer>> starting = new HashMap<>();
    int c = 0;
    for (var entry : patternsByConcept.entrySet()) {
      concepts[c] = entry.getKey();
      firstPattern[c] = patterns.size();
      for (List<LexiconElement> pattern : entry.getValue()) {
        int[] numbered = new int[pattern.size()];
        for (int k = 0; k < pattern.size(); k++) {
          LexiconElement e = pattern.get(k);
          numbered[k] = e.isGap() || e.isNotFollowedBy() ? -1 : numbers.computeIfAbsent(e, x -> {
            elements.add(x);
            return elements.size() - 1;
          });
        }
        if (numbered[0] >= 0) {
          starting.computeIfAbsent(numbered[0], k -> new ArrayList<>()).add(patterns.size());
        }
        patterns.add(pattern);
        ids.add(numbered);
        owners.add(c);
      }
      c++;
    }
    firstPattern[c] = patterns.size();
    @SuppressWarnings("unchecked")
    List<LexiconElement>[] array = patterns.toArray(new List[0]);
    patternArray = array;
    elementIds = ids.toArray(new int[0][]);
    laterElementIds = new int[elementIds.length][];
    for (int p = 0; p < elementIds.length; p++) {
      int first = elementIds[p][0];
      // the narrowest element first: the one a sentence most likely lacks, so a pattern is ruled out at once
      laterElementIds[p] = java.util.Arrays.stream(elementIds[p]).filter(e -> e >= 0 && e != first).distinct()
          .boxed().sorted(java.util.Comparator.comparingInt(e -> breadth(elements.get(e)))).mapToInt(e -> e).toArray();
    }
    conceptOf = owners.stream().mapToInt(Integer::intValue).toArray();
    startingWith = new int[elements.size()][];
    for (int e = 0; e < elements.size(); e++) {
      startingWith[e] = starting.containsKey(e) ? ints(starting.get(e)) : NONE;
    }
    Map<String, List<Integer>> words = new HashMap<>();
    Map<Character, List<Integer>> prefixLetters = new HashMap<>();
    List<Integer> anywhere = new ArrayList<>();
    Map<Integer, List<Integer>> slips = new HashMap<>();
    Map<Character, List<Integer>> longSlips = new HashMap<>();
    for (int e = 0; e < elements.size(); e++) {
      int id = e;
      LexiconElement element = elements.get(e);
      element.words().forEach(w -> words.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
      for (String p : element.prefixes()) {
        if (p.startsWith("*") || p.isEmpty()) {
          anywhere.add(id);
        } else {
          prefixLetters.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(id);
        }
      }
      element.slipKeys().forEach(k -> slips.computeIfAbsent(k, x -> new ArrayList<>()).add(id));
      element.longSlipKeys().forEach(k -> longSlips.computeIfAbsent(k, x -> new ArrayList<>()).add(id));
    }
    byWord = arrays(words);
    byPrefixLetter = arrays(prefixLetters);
    everywhere = ints(anywhere);
    bySlipLetters = arrays(slips);
    byLongSlipLetter = arrays(longSlips);
  }

  /** How many words an element may match, roughly: a prefix or affix counts as many. */
  private static int breadth(LexiconElement e) {
    return e.words().size() + 20 * e.prefixes().size();
  }

  String concept(int c) {
    return concepts[c];
  }

  List<LexiconElement> pattern(int id) {
    return patternArray[id];
  }

  int[] elementIds(int pattern) {
    return elementIds[pattern];
  }

  /** The distinct word elements of a pattern after its first one (which a start has matched already). */
  int[] laterElementIds(int pattern) {
    return laterElementIds[pattern];
  }

  int firstPatternOf(int concept) {
    return firstPattern[concept];
  }

  int endPatternOf(int concept) {
    return firstPattern[concept + 1];
  }

  int elementCount() {
    return elements.size();
  }

  int conceptOf(int pattern) {
    return conceptOf[pattern];
  }

  /**
   * Per token of the sentence, what it matches: null for punctuation a pattern cannot name (every
   * mark but {@code literalMarks}).
   */
  Word[] at(Sentence sentence, Set<String> literalMarks) {
    Word[] out = new Word[sentence.size()];
    for (int i = 0; i < sentence.size(); i++) {
      Token t = sentence.get(i);
      if (!t.word() && !literalMarks.contains(t.norm())) {
        continue;
      }
      out[i] = word(t.norm());
    }
    return out;
  }

  /**
   * The patterns that can start at a word whose other word elements all match somewhere in the
   * sentence ({@code present}), in ascending order: the only ones that can match there.
   */
  int[] completable(Word word, BitSet present) {
    int[] ids = word.starts();
    int[] gates = word.gates();
    int[] out = null;
    int n = 0;
    for (int k = 0; k < ids.length; k++) {
      if (gates[k] >= 0 && !present.get(gates[k]) || !allPresent(present, laterElementIds[ids[k]])) {
        continue;
      }
      if (out == null) {
        out = new int[ids.length - k];
      }
      out[n++] = ids[k];
    }
    return out == null ? NONE : n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  private static boolean allPresent(BitSet present, int[] elementIds) {
    for (int e : elementIds) {
      if (!present.get(e)) {
        return false;
      }
    }
    return true;
  }

  Word word(String norm) {
    Word known = remembered.get(norm);
    if (known != null) {
      return known;
    }
    Word made = lookUp(norm);
    if (remembered.size() < REMEMBERED) {
      remembered.put(norm, made);
    }
    return made;
  }

  private Word lookUp(String norm) {
    BitSet candidates = new BitSet(elements.size());
    add(candidates, byWord.get(norm));
    add(candidates, everywhere);
    if (!norm.isEmpty()) {
      add(candidates, byPrefixLetter.get(norm.charAt(0)));
    }
    if (norm.length() >= LexiconElement.MIN_FUZZY_LENGTH - 1) {
      add(candidates, bySlipLetters.get(LexiconElement.twoLetters(norm)));
      add(candidates, byLongSlipLetter.get(norm.charAt(0)));
    }
    BitSet matched = new BitSet(elements.size());
    BitSet starts = new BitSet(patterns.size());
    for (int e = candidates.nextSetBit(0); e >= 0; e = candidates.nextSetBit(e + 1)) {
      if (elements.get(e).matches(norm)) {
        matched.set(e);
        add(starts, startingWith[e]);
      }
    }
    int[] ids = starts.stream().toArray();
    int[] gates = new int[ids.length];
    for (int k = 0; k < ids.length; k++) {
      gates[k] = laterElementIds[ids[k]].length > 0 ? laterElementIds[ids[k]][0] : -1;
    }
    return new Word(matched, matched.stream().toArray(), ids, gates);
  }

  private static void add(BitSet set, int[] ids) {
    if (ids != null) {
      for (int id : ids) {
        set.set(id);
      }
    }
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
  }

  private static <K> Map<K, int[]> arrays(Map<K, List<Integer>> lists) {
    Map<K, int[]> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, ints(v)));
    return out;
  }
}
