package org.rlsviewer.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sheet as the CSV text every other file is read from: rows above the header as {@code #} lines
 * (a title, "Name: ..." lines), the header, then one CSV record per row, produced as the rows are
 * read. The report numbers lines by the sheet's rows ({@link #rowNumber}), even where rows are
 * left out (empty) or a cell's line breaks make a record span several lines.
 */
final class SheetText extends Reader {

  /** Columns beyond this are not read: no diary is that wide. */
  static final int MAX_COLUMNS = 1024;

  private final Workbook.Rows rows;
  private final SheetLayout.Header header;
  /** Physical line index where the numbering changes, to (row number - index - 1). */
  private final TreeMap<Integer, Integer> offsets = new TreeMap<>();
  private final StringBuilder pending = new StringBuilder();
  private int position;
  private int lineIndex;
  private boolean headerWritten;
  private boolean atEnd;

  SheetText(Workbook.Rows rows, SheetLayout.Header header) {
    this.rows = rows;
    this.header = header;
    offsets.put(0, 0);
  }

  /** The sheet row a line of this text came from. */
  int rowNumber(int lineIndex) {
    Map.Entry<Integer, Integer> at = offsets.floorEntry(lineIndex);
    return lineIndex + 1 + (at == null ? 0 : at.getValue());
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (position >= pending.length()) {
      if (atEnd || !fill()) {
        atEnd = true;
        return -1;
      }
    }
    int n = Math.min(length, pending.length() - position);
    pending.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  private boolean fill() throws IOException {
    pending.setLength(0);
    position = 0;
    SheetRow row = rows.next();
    if (row == null) {
      return false;
    }
    if (row.number() < header.row()) {
      String text = String.join(" ", row.cells().stream().map(String::strip)
          .filter(c -> !c.isEmpty()).map(c -> c.replace('\n', ' ').replace('\r', ' ')).toList());
      write(row.number(), text.startsWith("#") ? text : "# " + text);
    } else if (row.number() == header.row()) {
      write(row.number(), csv(header.cells()));
      headerWritten = true;
    } else if (headerWritten) {
      write(row.number(), csv(row.cells()));
    }
    return true;
  }

  private void write(int rowNumber, String text) {
    int offset = rowNumber - lineIndex - 1;
    if (!offsets.floorEntry(lineIndex).getValue().equals(offset)) {
      offsets.put(lineIndex, offset);
    }
    pending.append(text).append('\n');
    lineIndex++;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineIndex++;
      }
    }
  }

  /** One CSV record: cells quoted only when they must be, line breaks as LF. */
  static String csv(List<String> cells) {
    int last = cells.size() - 1;
    while (last >= 0 && cells.get(last).isEmpty()) {
      last--;
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i <= last; i++) {
      if (i > 0) {
        line.append(',');
      }
      String cell = cells.get(i).replace("\r\n", "\n").replace('\r', '\n');
      boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
          || (i == 0 && cell.startsWith("#"));
      line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
