package org.rlsviewer.domain;

import java.util.Locale;

/**
 * Text as the PDF and the window show it: a note or cell longer than {@link #LIMIT} characters is
 * cut there and says how long it was, so one runaway cell cannot fill hundreds of pages or stall a
 * table. The analysis reads a text for flags whole up to {@link #READ_LIMIT} characters (beyond it,
 * only around the words that may name a red flag). The import record keeps the text whole.
 */
public final class ShownText {

  /** The longest text shown whole, in characters. */
  public static final int LIMIT = 2_000;

  /**
   * The longest text read whole for flags, in characters: some pages of a nightly note. A longer
   * one is read whole up to here, and beyond only around the words that may name a red flag, so
   * the work stays bounded for a runaway cell of megabytes.
   */
  public static final int READ_LIMIT = 20_000;

  private static final java.util.regex.Pattern LONG_CELL_REMARK =
      java.util.regex.Pattern.compile("(line \\d+|night [\\d-]+): .+ of [\\d,]+ characters; the first .*");

  private ShownText() {}

  /**
   * The import report's line for a text longer than {@link #READ_LIMIT}, e.g. {@code line 2: note of
   * 10,000,000 characters; the first 20,000 read for flags and the first 2,000 shown, the rest
   * searched for red-flag words}.
   *
   * @param where {@code line 2}, or the night's date for a row without a line ({@code night 2024-01-01})
   * @param what {@code note}, or the column's name and "cell" ({@code medications cell})
   */
  public static String longCellRemark(String where, String what, int length) {
    return where + ": " + what + " of " + grouped(length) + " characters; the first "
        + grouped(READ_LIMIT) + " read for flags and the first " + grouped(LIMIT)
        + " shown, the rest searched for red-flag words";
  }

  /** Whether an import report warning is a {@link #longCellRemark}. */
  public static boolean isLongCellRemark(String warning) {
    return LONG_CELL_REMARK.matcher(warning).matches();
  }

  private static String grouped(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The text itself, or its first {@link #LIMIT} characters and "... [truncated, N characters]". */
  public static String of(String text) {
    if (text == null || text.length() <= LIMIT) {
      return text;
    }
    int cut = LIMIT;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "... [truncated, " + grouped(text.length()) + " characters]";
  }
}
