package org.rlsviewer.analysis;

/**
 * A word or a clause-breaking punctuation mark, with its character offsets in the original text.
 * {@code norm} is the lower-cased form used for matching (curly apostrophes straightened, a
 * possessive "'s" dropped).
 */
record Token(String text, String norm, int start, int end, boolean word) {

  boolean isClauseBreak() {
    return !word;
  }
}
