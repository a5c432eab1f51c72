package org.rlsviewer.importer;

import java.util.List;
import java.util.function.Predicate;

/**
 * Groups physical lines into CSV records by tracking RFC 4180 quote state, before OpenCSV splits
 * each record into cells.
 *
 * <p>Why not let OpenCSV's reader find the records: on an unterminated quote it swallows the rest
 * of the file into one cell and throws, so one typo would cost every later night. Here a quoted
 * cell may run on over following lines (a note with line breaks), but when it reaches the end of
 * the file, runs past {@link #MAX_LINES_PER_RECORD} lines, swallows a line that starts a new row,
 * or its "closing" quote is followed by something other than the delimiter, the quote is judged
 * unterminated: only the starting line is returned (as a problem) and the next record starts on
 * the line after it. The quote rule matches OpenCSV's {@code RFC4180Parser}: a quote only opens a
 * quoted cell as the cell's first character.
 */
final class RecordSplitter {

  static final int MAX_LINES_PER_RECORD = 30;

  enum Problem { NONE, UNTERMINATED_QUOTE, MISPLACED_QUOTE }

  /**
   * One record: its first line (0-based index), how many physical lines it spans, its text with
   * line breaks as LF, for a problem the 0-based cell in which it was found, and the line number
   * the report gives it (the first line's, or a spreadsheet's row number).
   */
  record Record(int firstLineIndex, int lineCount, String text, Problem problem, int problemCell, int lineNumber) {}

  private enum State { CELL_START, UNQUOTED, QUOTED, AFTER_QUOTE }

  /** Lines by 0-based index, possibly read on demand. */
  interface Lines {
    boolean has(int index);

    String line(int index);

    /** The number the report gives the line at this index: the file's line number, or a sheet's row. */
    default int lineNumber(int index) {
      return index + 1;
    }
  }

  private final Lines lines;
  private final int maxCells;
  private final Predicate<String> startsNewRow;
  private final char delimiter;

  /**
   * @param maxCells a record spanning several lines with a filled cell beyond this many is taken
   *     as an unterminated quote that swallowed following rows (empty trailing cells are allowed,
   *     as they are in a one-line row)
   * @param startsNewRow true for a line that begins a new row, which a quoted cell never swallows
   */
  RecordSplitter(List<String> lines, int maxCells, Predicate<String> startsNewRow) {
    this(LineWindow.of(lines), maxCells, startsNewRow, ',');
  }

  /** As above, for lines read on demand and cells separated by {@code delimiter}. */
  RecordSplitter(Lines lines, int maxCells, Predicate<String> startsNewRow, char delimiter) {
    this.lines = lines;
    this.maxCells = maxCells;
    this.startsNewRow = startsNewRow;
    this.delimiter = delimiter;
  }

  /** The record starting at the given line; the caller continues at {@code start + lineCount}. */
  Record recordAt(int start) {
    String first = lines.line(start);
    if (first.indexOf('"') < 0) {
      // no quote mark: the line is the record, as the walk below would find
      return new Record(start, 1, first, Problem.NONE, -1, lines.lineNumber(start));
    }
    State state = State.CELL_START;
    int cell = 0;
    int lastFilledCell = -1;
    int quotedCell = 0;
    int openCellOfFirstLine = 0;
    StringBuilder text = new StringBuilder();
    for (int i = start; ; i++) {
      String line = lines.line(i);
      boolean continuation = i > start;
      if (continuation && startsNewRow.test(line)) {
        return unterminated(start, openCellOfFirstLine);
      }
      for (int k = 0; k < line.length(); k++) {
        char c = line.charAt(k);
        switch (state) {
          case CELL_START -> {
            if (c == '"') {
              state = State.QUOTED;
              quotedCell = cell;
              lastFilledCell = cell;
            } else if (c == delimiter) {
              cell++;
            } else {
              state = State.UNQUOTED;
              lastFilledCell = Character.isWhitespace(c) ? lastFilledCell : cell;
            }
          }
          case UNQUOTED -> {
            if (c == delimiter) {
              cell++;
              state = State.CELL_START;
            } else if (!Character.isWhitespace(c)) {
              lastFilledCell = cell;
            }
          }
          case QUOTED -> {
            if (c == '"') {
              state = State.AFTER_QUOTE;
            }
          }
          case AFTER_QUOTE -> {
            if (c == '"') {
              state = State.QUOTED;
            } else if (c == delimiter) {
              cell++;
              state = State.CELL_START;
            } else if (continuation) {
              return unterminated(start, openCellOfFirstLine);
            } else {
              return new Record(start, 1, line, Problem.MISPLACED_QUOTE, cell, lines.lineNumber(start));
            }
          }
        }
      }
      text.append(line);
      if (!continuation) {
        openCellOfFirstLine = quotedCell;
      }
      int lineCount = i - start + 1;
      if (state != State.QUOTED) {
        if (continuation && lastFilledCell + 1 > maxCells) {
          return unterminated(start, openCellOfFirstLine);
        }
        return new Record(start, lineCount, text.toString(), Problem.NONE, -1, lines.lineNumber(start));
      }
      if (!lines.has(i + 1) || lineCount >= MAX_LINES_PER_RECORD) {
        return unterminated(start, openCellOfFirstLine);
      }
      text.append('\n');
    }
  }

  private Record unterminated(int start, int quotedCell) {
    return new Record(start, 1, lines.line(start), Problem.UNTERMINATED_QUOTE, quotedCell, lines.lineNumber(start));
  }
}
