package org.rlsviewer.domain;

import java.util.Locale;

/**
 * Text as the PDF and the window show it: a note or cell longer than {@link #LIMIT} characters is
 * cut there and says how long it was, so one runaway cell cannot fill hundreds of pages or stall a
 * table. The import record keeps the text whole.
 */
public final class ShownText {

  /** The longest text shown whole, in characters. */
  public static final int LIMIT = 2_000;

  private ShownText() {}

  /** The text itself, or its first {@link #LIMIT} characters and "... [truncated, N characters]". */
  public static String of(String text) {
    if (text == null || text.length() <= LIMIT) {
      return text;
    }
    int cut = LIMIT;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "... [truncated, "
        + String.format(Locale.ROOT, "%,d", text.length()) + " characters]";
  }
}
