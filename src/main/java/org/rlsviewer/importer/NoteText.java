package org.rlsviewer.importer;

import java.util.regex.Pattern;

/** Turns the little HTML some apps write into notes (Daylio: {@code <br>}, {@code <b>}) into plain text. */
final class NoteText {

  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");

  private NoteText() {}

  static String fromHtml(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html;
    }
    String text = BREAK.matcher(html).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
  }
}
