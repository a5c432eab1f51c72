package org.rlsviewer.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a rule produces: a red flag, a caution, a suggested test, or information. */
public enum RuleKind {
  FLAG,
  CAUTION,
  SUGGESTED_TEST,
  INFO;

  /** The word used in rule files, e.g. {@code suggested-test}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<RuleKind> forWord(String word) {
    return Arrays.stream(values()).filter(k -> k.word().equals(word.strip().toLowerCase(Locale.ROOT))).findFirst();
  }
}
