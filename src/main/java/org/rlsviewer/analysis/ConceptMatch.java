package org.rlsviewer.analysis;

import java.util.Set;

/**
 * A concept found in a sentence at tokens [tokenStart, tokenEnd). {@code literals} are the token
 * indices the pattern's words matched (the rest are gap words, which may hold a trigger: "legs are
 * not weak").
 */
record ConceptMatch(String concept, int tokenStart, int tokenEnd, Set<Integer> literals) {

  ConceptMatch {
    literals = Set.copyOf(literals);
  }

  int length() {
    return tokenEnd - tokenStart;
  }
}
