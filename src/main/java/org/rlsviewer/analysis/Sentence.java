package org.rlsviewer.analysis;

import java.util.List;

/** One sentence of a text: its tokens in order, with offsets into the whole text. */
record Sentence(List<Token> tokens) {

  Sentence {
    tokens = List.copyOf(tokens);
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** Number of word tokens in [from, to). */
  int wordsBetween(int from, int to) {
    int n = 0;
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      if (tokens.get(i).word()) {
        n++;
      }
    }
    return n;
  }
}
