package org.rlsviewer.importer;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The cells of a record, cut at each separator, as positions in its line (a quoted cell's text
 * given with its quotes undone): a
 * cell's text is made only when it is asked for, and the usual spellings of a number, a time or a
 * yes/no are read straight from the line (a million-row import made a string for each of its 22
 * million cells, most of them numbers). Any other spelling is left to {@link CellParser}, which
 * reads the cell's text, so what is accepted and every message stay the same.
 */
final class LineCells extends AbstractList<String> implements RandomAccess {

  /** What the plain readers return for a cell they leave to {@link CellParser}. */
  static final int NOT_PLAIN = -1;
  /** Whole numbers of up to this many digits fit an int. */
  private static final int MAX_DIGITS = 9;

  private final String line;
  /** Cell k runs from {@code starts[k]} to {@code starts[k + 1] - 1} (its separator). */
  private final int[] starts;
  /** A cell's text once made; a quoted cell's is given (its quotes undone) and never read from the line. */
  private final String[] texts;
  private final int size;

  LineCells(String line, int[] starts) {
    this(line, starts, new String[starts.length - 1], starts.length - 1);
  }

  /** The first {@code size} cells of {@code starts}, with the texts of quoted cells already in {@code texts}. */
  LineCells(String line, int[] starts, String[] texts, int size) {
    this.line = line;
    this.starts = starts;
    this.texts = texts;
    this.size = size;
  }

  @Override
  public String get(int index) {
    java.util.Objects.checkIndex(index, size);
    String text = texts[index];
    if (text == null) {
      text = line.substring(starts[index], end(index));
      texts[index] = text;
    }
    return text;
  }

  @Override
  public String set(int index, String text) {
    java.util.Objects.checkIndex(index, size);
    String before = get(index);
    texts[index] = text;
    return before;
  }

  @Override
  public int size() {
    return size;
  }

  /** True when the cell has no character at all (blank, as a whitespace-only cell is too). */
  boolean isEmptyAt(int index) {
    return texts[index] == null ? starts[index] == end(index) : texts[index].isEmpty();
  }

  /** The value of a cell of 1-9 ASCII digits and nothing else, or {@link #NOT_PLAIN}. */
  int plainWholeAt(int index) {
    int start = starts[index];
    int end = end(index);
    if (texts[index] != null || start == end || end - start > MAX_DIGITS) {
      return NOT_PLAIN;
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      if (c < '0' || c > '9') {
        return NOT_PLAIN;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The minute of the day of a cell written exactly H:mm or HH:mm (00:00-23:59), or {@link #NOT_PLAIN}. */
  int plainClockAt(int index) {
    int start = starts[index];
    int end = end(index);
    int colon = end - 3;
    if (texts[index] != null || (end - start != 4 && end - start != 5) || line.charAt(colon) != ':') {
      return NOT_PLAIN;
    }
    int hour = 0;
    for (int i = start; i < colon; i++) {
      int digit = line.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return NOT_PLAIN;
      }
      hour = hour * 10 + digit;
    }
    int tens = line.charAt(colon + 1) - '0';
    int ones = line.charAt(colon + 2) - '0';
    if (tens < 0 || tens > 5 || ones < 0 || ones > 9 || hour > 23) {
      return NOT_PLAIN;
    }
    return hour * 60 + tens * 10 + ones;
  }

  /** Whether the cell is exactly {@code text}, without making the cell's string. */
  boolean isExactly(int index, String text) {
    int start = starts[index];
    return texts[index] == null && end(index) - start == text.length() && line.startsWith(text, start);
  }

  /** True when every cell is blank, as {@link CsvCells#allBlank} would find, without their strings. */
  boolean allBlank() {
    for (int k = 0; k < size; k++) {
      if (texts[k] != null ? !texts[k].isBlank() : !isBlank(starts[k], end(k))) {
        return false;
      }
    }
    return true;
  }

  /** As {@link String#isBlank}: no whitespace character lies outside the BMP, so chars will do. */
  private boolean isBlank(int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private int end(int index) {
    return starts[index + 1] - 1;
  }
}
