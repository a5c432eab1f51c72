package org.rlsviewer.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words that may name a concept of some lexicons: every literal word and prefix of their
 * patterns, lower-case. A cheap first look at text too long to read whole ({@link BoundedReading});
 * misspellings and word-inside-compound patterns are not cues (the full reader finds those).
 */
final class ConceptCues {

  /** Shorter words ("a", "in") name nothing alone. */
  private static final int MIN_LENGTH = 3;

  private final Map<String, Set<String>> byWord = new HashMap<>();
  private final Map<String, Set<String>> byPrefix = new HashMap<>();
  private final int[] prefixLengths;

  ConceptCues(Collection<Lexicon> lexicons) {
    Set<Integer> lengths = new TreeSet<>();
    for (Lexicon lexicon : lexicons) {
      lexicon.patterns().forEach((concept, patterns) -> {
        for (List<LexiconElement> pattern : patterns) {
          for (LexiconElement e : pattern) {
            if (e.isGap() || e.isNotFollowedBy()) {
              continue;
            }
            for (String w : e.words()) {
              if (w.length() >= MIN_LENGTH) {
                byWord.computeIfAbsent(w, k -> new HashSet<>()).add(concept);
              }
            }
            for (String p : e.prefixes()) {
              if (!p.startsWith("*") && p.length() >= MIN_LENGTH) {
                byPrefix.computeIfAbsent(p, k -> new HashSet<>()).add(concept);
                lengths.add(p.length());
              }
            }
          }
        }
      });
    }
    prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The concepts a lower-case word may name; empty when it is no cue. */
  Set<String> concepts(String word) {
    Set<String> exact = byWord.get(word);
    Set<String> out = exact;
    for (int length : prefixLengths) {
      if (length > word.length()) {
        break;
      }
      Set<String> more = byPrefix.get(word.substring(0, length));
      if (more != null) {
        if (out == null || out == exact) {
          out = exact == null ? new HashSet<>() : new HashSet<>(exact);
        }
        out.addAll(more);
      }
    }
    return out == null ? Set.of() : out;
  }
}
