package org.rlsviewer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concepts and the word patterns that name them, read from {@code concepts.txt}. Lines are
 * {@code class<TAB>name<TAB>word word ...} (a named word class; {@code name+} adds words to a class read
 * before, so a topic's file can widen a shared class without editing its line) or
 * {@code term<TAB>concept<TAB>pattern}. In a pattern, elements are separated by spaces: {@code a|b}
 * offers alternatives, {@code word*} matches by prefix, {@code @name} is a word class,
 * {@code ~} is a gap of up to four words within the clause, and {@code !a|b} (after a word) says the
 * next word is neither ("fell !asleep|back": "fell twice", "I fell.", not "fell asleep").
 */
final class Lexicon {

  static final int MAX_GAP = 4;
  /** The word class of correctly spelt words never taken for a misspelling. */
  static final String REAL_WORDS = "realwords";
  private static final String BUILT_IN = "concepts.txt";

  private final Map<String, Set<String>> classes;
  private final Map<String, List<List<LexiconElement>>> patternsByConcept;
  private final PatternStarts starts;

  private Lexicon(Map<String, Set<String>> classes, Map<String, List<List<LexiconElement>>> patterns) {
    this.classes = classes;
    this.patternsByConcept = patterns;
    this.starts = new PatternStarts(patterns);
  }

  static Lexicon builtIn() {
    return Holder.BUILT_IN_LEXICON;
  }

  static Lexicon read(BufferedReader in) throws IOException {
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    Map<String, List<List<LexiconElement>>> patterns = new LinkedHashMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] parts = line.strip().split("\\t+");
      if (parts.length != 3) {
        throw new IOException("Not a lexicon line: " + line);
      }
      switch (parts[0]) {
        case "class" -> {
          Set<String> words = new HashSet<>(Set.of(parts[2].strip().split("\\s+")));
          if (parts[1].endsWith("+")) { // "class<TAB>name+<TAB>words": more words for a class read before
            String name = parts[1].substring(0, parts[1].length() - 1);
            words.addAll(classes.getOrDefault(name, Set.of()));
            classes.put(name, Set.copyOf(words));
          } else {
            classes.put(parts[1], Set.copyOf(words));
          }
        }
        case "term" -> patterns.computeIfAbsent(parts[1], k -> new ArrayList<>())
            .add(parsePattern(parts[2], classes, line, LanguagePack.SHARED_CONCEPTS.contains(parts[1])));
        default -> throw new IOException("Not a lexicon line: " + line);
      }
    }
    return new Lexicon(Map.copyOf(classes), Map.copyOf(patterns));
  }

  /**
   * This lexicon plus one more way of naming a concept (a new concept, or an existing one).
   *
   * @throws IOException when the pattern is not valid
   */
  Lexicon withTerm(String concept, String pattern) throws IOException {
    Map<String, List<List<LexiconElement>>> patterns = new LinkedHashMap<>(patternsByConcept);
    List<List<LexiconElement>> forConcept = new ArrayList<>(patterns.getOrDefault(concept, List.of()));
    forConcept.add(parsePattern(pattern, classes, pattern, LanguagePack.SHARED_CONCEPTS.contains(concept)));
    patterns.put(concept, List.copyOf(forConcept));
    return new Lexicon(classes, Map.copyOf(patterns));
  }

  /** The words of a named class, e.g. {@code legpart}; empty when unknown. */
  Set<String> wordClass(String name) {
    return classes.getOrDefault(name, Set.of());
  }

  Set<String> concepts() {
    return patternsByConcept.keySet();
  }

  /** The patterns of every concept, as read. */
  Map<String, List<List<LexiconElement>>> patterns() {
    return patternsByConcept;
  }

  /**
   * Every concept named in the sentence: per concept, the longest match at each word, not
   * overlapping each other. Gaps never cross punctuation or tokens in {@code blocked}. Only the
   * patterns that can start at a token are tried there ({@link PatternStarts}).
   */
  List<ConceptMatch> find(Sentence sentence, Set<Integer> blocked) {
    List<ConceptMatch> found = new ArrayList<>();
    Reading r = new Reading(sentence, starts.at(sentence, LITERAL_MARKS), blocked, starts.elementCount());
    BitSet named = new BitSet();
    for (int i = 0; i < r.words.length; i++) {
      r.completable[i] = r.words[i] == null ? NONE : starts.completable(r.words[i], r.present);
      for (int id : r.completable[i]) {
        named.set(starts.conceptOf(id));
      }
    }
    for (int c = named.nextSetBit(0); c >= 0; c = named.nextSetBit(c + 1)) {
      int i = 0;
      while (i < sentence.size()) {
        ConceptMatch best = longestAt(r, c, i);
        // a gapped match may start too early ("toes numb and left ankle swollen"): prefer a later
        // start that reaches as far ("ankle swollen"), after the words the early match opens with ("ya no
        // siento ~ los pies" stays whole, so its "ya" is not left outside as a cue before "no siento")
        for (int j = best == null ? i + 1 : firstGap(best); best != null
            && best.literals().size() < best.length() && j < best.tokenEnd(); j++) {
          ConceptMatch later = longestAt(r, c, j);
          if (later != null && later.tokenEnd() >= best.tokenEnd()) {
            best = later;
          }
        }
        if (best != null) {
          found.add(best);
          i = best.tokenEnd();
        } else {
          i++;
        }
      }
    }
    return found;
  }

  /** The first token of a match that is not one of its literal words (a gap's), or its end. */
  private static int firstGap(ConceptMatch m) {
    int k = m.tokenStart();
    while (k < m.tokenEnd() && m.literals().contains(k)) {
      k++;
    }
    return Math.max(k, m.tokenStart() + 1);
  }

  private static final int[] NONE = new int[0];

  /**
   * One sentence being matched: what each token matches, every element some token matches (a
   * pattern needing another cannot match), per token the patterns that can start there and find
   * all their words in the sentence, the tokens a gap may not cross, and the literal tokens of the
   * match being tried.
   */
  private static final class Reading {
    final Sentence sentence;
    final PatternStarts.Word[] words;
    final BitSet present;
    final int[][] completable;
    final boolean[] blocked;
    final int[] literals;
    int literalCount;

    Reading(Sentence sentence, PatternStarts.Word[] words, Set<Integer> blocked, int elements) {
      this.sentence = sentence;
      this.words = words;
      this.present = new BitSet(elements); // sized once: no growing as elements are set
      for (PatternStarts.Word w : words) {
        if (w != null) {
          for (int e : w.elementIds()) {
            present.set(e);
          }
        }
      }
      this.blocked = new boolean[sentence.size()];
      for (int b : blocked) {
        if (b >= 0 && b < sentence.size()) {
          this.blocked[b] = true;
        }
      }
      this.literals = new int[sentence.size() + 1];
      this.completable = new int[sentence.size()][];
    }

    /** The literal tokens as an immutable set, made once (a match's tokens are distinct). */
    Set<Integer> literalSet() {
      Integer[] out = new Integer[literalCount];
      for (int k = 0; k < literalCount; k++) {
        out[k] = literals[k];
      }
      return Set.of(out);
    }
  }

  private ConceptMatch longestAt(Reading r, int concept, int i) {
    ConceptMatch best = null;
    int from = starts.firstPatternOf(concept);
    int to = starts.endPatternOf(concept);
    for (int id : r.completable[i]) {
      if (id < from) {
        continue;
      }
      if (id >= to) {
        break;
      }
      int[] elementIds = starts.elementIds(id);
      r.literals[0] = i;
      r.literalCount = 1;
      int end = match(r, starts.pattern(id), elementIds, 1, i + 1);
      // of two as long, the one with more words of its own ("no siento nada ahí abajo" over "nada ~ ahí abajo")
      if (end > i && (best == null || end - i > best.length()
          || end - i == best.length() && r.literalCount > best.literals().size())) {
        best = new ConceptMatch(starts.concept(concept), i, end, r.literalSet());
      }
    }
    return best;
  }

  private static final java.util.Set<String> LITERAL_MARKS = java.util.Set.of(":", "+", ">");

  /**
   * The end of the pattern's match from element {@code el} at token {@code pos}, or -1. A word
   * element matches where the token's {@link PatternStarts.Word} says so (null: punctuation other
   * than a colon or plus, which a pattern may name: tracker lines "Bladder: can't empty", gestation "38+2").
   */
  private static int match(Reading r, List<LexiconElement> pattern, int[] ids, int el, int pos) {
    if (el == pattern.size()) {
      return pos;
    }
    Sentence s = r.sentence;
    LexiconElement e = pattern.get(el);
    if (e.isNotFollowedBy()) {
      boolean excluded = pos < s.size() && s.get(pos).word() && e.words().contains(s.get(pos).norm());
      return excluded ? -1 : match(r, pattern, ids, el + 1, pos);
    }
    if (e.isGap()) {
      for (int skip = 0; skip <= e.maxGap(); skip++) {
        if (skip > 0) {
          int last = pos + skip - 1;
          if (last >= s.size() || !s.get(last).word() && !continuesAfterComma(s, last) || r.blocked[last]) {
            return -1;
          }
        }
        int end = match(r, pattern, ids, el + 1, pos + skip);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (pos >= s.size() || r.words[pos] == null || !r.words[pos].matches(ids[el])) {
      return -1;
    }
    r.literals[r.literalCount++] = pos;
    int end = match(r, pattern, ids, el + 1, pos + 1);
    if (end < 0) {
      r.literalCount--;
    }
    return end;
  }

  /** Words after a comma that go on with the same matter: "legs no better, still weak", "Beine, immer noch schwach". */
  private static final java.util.Set<String> CONTINUERS = java.util.Set.of("still", "yet", "even", "again", "very",
      "really", "quite", "so", "immer", "noch", "sehr", "todavia", "aun", "sigue", "siguen", "muy", "toujours",
      "encore", "tres");

  /** A comma a gap may cross: one followed by a word that carries the matter on. */
  private static boolean continuesAfterComma(Sentence s, int i) {
    return s.get(i).text().equals(",") && i + 1 < s.size() && s.get(i + 1).word()
        && CONTINUERS.contains(s.get(i + 1).norm());
  }

  /** @param medicine a medicine name: long words match with two slips of spelling ("amitryptiline") */
  private static List<LexiconElement> parsePattern(String text, Map<String, Set<String>> classes, String line,
      boolean medicine) throws IOException {
    List<LexiconElement> elements = new ArrayList<>();
    for (String piece : text.strip().split("\\s+")) {
      if (piece.equals("~")) {
        elements.add(LexiconElement.gap(MAX_GAP));
        continue;
      }
      if (piece.startsWith("!") && !elements.isEmpty()) {
        Set<String> words = new HashSet<>();
        for (String alt : piece.substring(1).split("\\|")) {
          Set<String> cls = alt.startsWith("@") ? classes.get(alt.substring(1)) : Set.of(Tokeniser.normalise(alt));
          if (cls == null) {
            throw new IOException("Unknown word class " + alt + " in: " + line);
          }
          words.addAll(cls);
        }
        elements.add(LexiconElement.notFollowedBy(words));
        continue;
      }
      Set<String> words = new HashSet<>();
      List<String> prefixes = new ArrayList<>();
      for (String alt : piece.split("\\|")) {
        if (alt.startsWith("@")) {
          Set<String> cls = classes.get(alt.substring(1));
          if (cls == null) {
            throw new IOException("Unknown word class " + alt + " in: " + line);
          }
          words.addAll(cls);
        } else if (alt.startsWith("*") && alt.length() > 1) {
          // "*schwellung" matches by suffix, "*schwell*" anywhere in a word (compounds: "Knöchelschwellung")
          prefixes.add("*" + Tokeniser.normalise(alt.substring(1)));
        } else if (alt.endsWith("*")) {
          prefixes.add(Tokeniser.normalise(alt.substring(0, alt.length() - 1)));
        } else {
          words.add(Tokeniser.normalise(alt));
        }
      }
      elements.add(new LexiconElement(words, prefixes, 0, classes.getOrDefault(REAL_WORDS, Set.of()), medicine));
    }
    int last = elements.size() - 1;
    while (last > 0 && elements.get(last).isNotFollowedBy()) {
      last--;
    }
    if (elements.isEmpty() || elements.get(0).isGap() || elements.get(last).isGap()) {
      throw new IOException("A pattern must start and end with words: " + line);
    }
    return List.copyOf(elements);
  }

  private static final class Holder {
    static final Lexicon BUILT_IN_LEXICON = BuiltInResource.read(BUILT_IN, Lexicon::read);
  }
}
