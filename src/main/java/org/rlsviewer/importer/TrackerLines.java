package org.rlsviewer.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Predicate;

/**
 * The records of a tracker's CSV text one at a time, with the line each starts on: a quoted cell
 * may hold line breaks (Sleepmeter notes, Sleep as Android comments), so a record whose quotes are
 * still open takes the next lines, up to {@link #MAX_LINES_PER_RECORD}, but never a line that
 * begins a record of its own (a stray quote then costs one record, not the ones after it).
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
  private final Predicate<String> startsRecord;
  private int lineNumber;
  private String pending;

  TrackerLines(Reader text) {
    this(text, line -> false);
  }

  /** {@code startsRecord} tells a line that begins a record, which an open quote cannot swallow. */
  TrackerLines(Reader text, Predicate<String> startsRecord) {
    this.in = text instanceof BufferedReader b ? b : new BufferedReader(text, 1 << 16);
    this.startsRecord = startsRecord;
  }

  /** The next record, or null at the end of the text. */
  Line next() throws IOException {
    String first = pending != null ? pending : in.readLine();
    pending = null;
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
      if (startsRecord.test(more)) {
        pending = more;
        break;
      }
      taken++;
      lineNumber++;
      text.append('\n').append(more);
    }
    return new Line(start, text.toString());
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
