package org.rlsviewer.analysis;

/**
 * Tolerance for common misspellings ("numbess", "sweling", "snorring"): one inserted, deleted,
 * changed or swapped letter, only for longer words and only when the first two letters agree, so
 * that short words ("snore" / "store") are never confused; two for long medicine names.
 */
final class Spelling {

  /**
   * Long medicine names ("amitryptiline", "resperidone") are misspelt more often and more widely:
   * from this length two slips are allowed when the first letter agrees.
   */
  static final int LONG_WORD = 10;

  private Spelling() {}

  static boolean closeEnough(String known, String written) {
    return closeEnough(known, written, false);
  }

  /** @param longSlips allow two slips in long words (medicine names) */
  static boolean closeEnough(String known, String written, boolean longSlips) {
    if (known.length() < LexiconElement.MIN_FUZZY_LENGTH || written.length() < LexiconElement.MIN_FUZZY_LENGTH - 1) {
      return false;
    }
    if (longSlips && known.length() >= LONG_WORD) {
      return Math.abs(known.length() - written.length()) <= 2 && known.charAt(0) == written.charAt(0)
          && distance(known, written) <= 2;
    }
    if (Math.abs(known.length() - written.length()) > 1 || !known.regionMatches(0, written, 0, 2)) {
      return false;
    }
    return withinOneSlip(known, written);
  }

  /**
   * {@code distance(a, b) <= 1} without the table: equal, or one letter changed, inserted, deleted
   * or two neighbours swapped (one pass, no allocation; the reader asks this for most words it reads).
   */
  static boolean withinOneSlip(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    int shorter = Math.min(la, lb);
    while (i < shorter && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == shorter) {
      return true; // equal, or one letter added at the end
    }
    if (la == lb) {
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true; // one letter changed
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }

  /** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
