package org.rlsviewer.ui;

/** Escaping for the small HTML fragments the window shows in labels and editor panes. */
final class HtmlText {

  private HtmlText() {}

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("<br>");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
