package org.rlsviewer.analysis;

import java.util.List;

/** One sentence of a text: its tokens in order, with offsets into the whole text. */
record Sentence(List<Token> tokens, int[] wordsBefore) {

  Sentence(List<Token> tokens) {
    this(List.copyOf(tokens), wordCounts(tokens));
  }

  /** {@code counts[i]}: the word tokens before token i, so {@link #wordsBetween} takes constant time. */
  private static int[] wordCounts(List<Token> tokens) {
    int[] counts = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      counts[i + 1] = counts[i] + (tokens.get(i).word() ? 1 : 0);
    }
    return counts;
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** Number of word tokens in [from, to). */
  int wordsBetween(int from, int to) {
    int a = Math.max(0, from);
    int b = Math.min(to, tokens.size());
    return b <= a ? 0 : wordsBefore[b] - wordsBefore[a];
  }
}
