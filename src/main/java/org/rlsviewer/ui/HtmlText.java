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

  /**
   * The HTML parsed into a document of its own, for {@code JEditorPane.setDocument}. Safe off the
   * Event Dispatch Thread (the document belongs to no component yet), and quicker on it than
   * {@code setText}, which parses into the document on screen and updates its views at every
   * element.
   */
  static javax.swing.text.html.HTMLDocument document(String html) {
    javax.swing.text.html.HTMLEditorKit kit = new javax.swing.text.html.HTMLEditorKit();
    javax.swing.text.html.HTMLDocument doc = (javax.swing.text.html.HTMLDocument) kit.createDefaultDocument();
    doc.putProperty("IgnoreCharsetDirective", Boolean.TRUE);
    try {
      kit.read(new java.io.StringReader(html), doc, 0);
    } catch (java.io.IOException | javax.swing.text.BadLocationException e) {
      throw new IllegalStateException("a string could not be read", e);
    }
    return doc;
  }
}
