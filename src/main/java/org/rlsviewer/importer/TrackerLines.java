package org.rlsviewer.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * The records of a tracker's CSV text one at a time, with the line each starts on: a quoted cell
 * may hold line breaks (Sleepmeter notes, Sleep as Android comments), so a record whose quotes are
 * still open takes the next lines, up to {@link #MAX_LINES_PER_RECORD}.
 */
final class TrackerLines {

  static final int MAX_LINES_PER_RECORD = 50;

  /** One record: its text (line breaks inside quotes kept) and its first line number. */
  record Line(int number, String text) {
    boolean isBlank() {
      return text.isBlank();
    }

    /** The cells, or null when the quoting is broken. */
    List<String> cells(char delimiter) {
      try {
        return CsvCells.split(text, delimiter);
      } catch (IOException broken) {
        return null;
      }
    }
  }

  private final BufferedReader in;
  private int lineNumber;
  private Line pushedBack;

  TrackerLines(Reader text) {
    this.in = text instanceof BufferedReader b ? b : new BufferedReader(text, 1 << 16);
  }

  /** The next record, or null at the end of the text. */
  Line next() throws IOException {
    if (pushedBack != null) {
      Line line = pushedBack;
      pushedBack = null;
      return line;
    }
    String first = in.readLine();
    if (first == null) {
      return null;
    }
    int start = ++lineNumber;
    if (start == 1 && first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    StringBuilder text = new StringBuilder(first);
    int taken = 1;
    while (quotesOpen(text) && taken < MAX_LINES_PER_RECORD) {
      String more = in.readLine();
      if (more == null) {
        break;
      }
      taken++;
      lineNumber++;
      text.append('\n').append(more);
    }
    return new Line(start, text.toString());
  }

  /** Gives a record back, to be returned by the next call of {@link #next()}. */
  void pushBack(Line line) {
    pushedBack = line;
  }

  private static boolean quotesOpen(CharSequence text) {
    int quotes = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }
}
