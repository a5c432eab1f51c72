package org.rlsviewer.analysis;

/** The sentence of a field's text around a span: up to 120 characters either side, bounded by . ; ! ? and line breaks. */
final class SentenceText {

  private static final int REACH = 120;
  private static final String ENDS = ".;!?\n";

  private SentenceText() {}

  static String around(String text, int start, int end) {
    int from = startBefore(text, start);
    int to = end;
    while (to < text.length() && to - end < REACH && ENDS.indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, to);
  }

  /** Where the sentence holding {@code start} begins (at most 120 characters back). */
  static int startBefore(String text, int start) {
    int from = start;
    while (from > 0 && start - from < REACH && ENDS.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return from;
  }
}
