package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Says whether a sentence negates a given concept, using the note reader's context logic. The
 * concept is located by its words, preferring the occurrence written in upper case (the convention
 * of the NegEx test set).
 */
final class SentenceJudge {

  record Verdict(boolean located, boolean negated) {}

  private final NoteReader reader;

  SentenceJudge(NoteReader reader) {
    this.reader = reader;
  }

  Verdict judge(String text, String concept) {
    List<String> words = new ArrayList<>();
    for (Sentence s : Tokeniser.sentences(concept)) {
      s.tokens().stream().filter(Token::word).map(Token::norm).forEach(words::add);
    }
    if (words.isEmpty()) {
      return new Verdict(false, false);
    }
    Verdict fallback = null;
    for (Sentence s : Tokeniser.sentences(TextNormaliser.normalise(text).text())) {
      for (int i = 0; i + words.size() <= s.size(); i++) {
        int end = matchEnd(s, i, words);
        if (end < 0) {
          continue;
        }
        Verdict v = new Verdict(true, reader.assess(s, i, end).negated());
        if (upperCase(s, i, end)) {
          return v;
        }
        if (fallback == null) {
          fallback = v;
        }
      }
    }
    return fallback != null ? fallback : new Verdict(false, false);
  }

  private static int matchEnd(Sentence s, int start, List<String> words) {
    int i = start;
    for (String w : words) {
      while (i < s.size() && !s.get(i).word()) {
        i++;
      }
      if (i >= s.size() || !s.get(i).norm().equals(w)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  private static boolean upperCase(Sentence s, int start, int end) {
    for (int i = start; i < end; i++) {
      String t = s.get(i).text();
      if (!t.equals(t.toUpperCase(java.util.Locale.ROOT)) || t.chars().noneMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }
}
