package org.rlsviewer.importer;

import java.util.ArrayList;
import java.util.List;

/** Splits text into physical lines at CRLF, LF or a lone CR; line n of the file is element n-1. */
final class PhysicalLines {

  private PhysicalLines() {}

  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
