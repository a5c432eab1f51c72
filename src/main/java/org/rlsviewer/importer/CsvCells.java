package org.rlsviewer.importer;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Splits one complete record into cells with OpenCSV's {@code RFC4180Parser}: comma-separated (or
 * the file's separator),
 * {@code "} quoting with doubled quotes inside, and no escape character, so a backslash in a note
 * stays a backslash.
 */
final class CsvCells {

  /**
   * The last parser this thread used. Building one compiles regular expressions (a sixth of a
   * million-row import); its {@code parseLine} keeps no state from one record to the next (the
   * only field, for records continued on the next line, is cleared when a call starts).
   */
  private static final ThreadLocal<Parser> PARSER = new ThreadLocal<>();

  private record Parser(char delimiter, ICSVParser parser) {}

  private CsvCells() {}

  private static ICSVParser parser(char delimiter) {
    Parser last = PARSER.get();
    if (last == null || last.delimiter() != delimiter) {
      last = new Parser(delimiter, new RFC4180ParserBuilder().withSeparator(delimiter).build());
      PARSER.set(last);
    }
    return last.parser();
  }

  static List<String> split(String record) throws IOException {
    return split(record, ',');
  }

  /** As {@link #split(String)} with another cell separator (semicolon, tab). */
  static List<String> split(String record, char delimiter) throws IOException {
    int quote = record.indexOf('"');
    if (quote < 0) {
      return unquoted(record, delimiter);
    }
    List<String> quoted = wellQuoted(record, delimiter, quote);
    if (quoted != null) {
      return quoted;
    }
    String[] cells = parser(delimiter).parseLine(record);
    return cells == null ? List.of() : Arrays.asList(cells);
  }

  /**
   * As {@link #split(String, char)}, but a record without a quote mark gives {@link LineCells}: its
   * cells' strings are made only when asked for.
   */
  static List<String> row(String record, char delimiter) throws IOException {
    if (record.indexOf('"') >= 0) {
      return split(record, delimiter);
    }
    int count = 1;
    for (int i = record.indexOf(delimiter); i >= 0; i = record.indexOf(delimiter, i + 1)) {
      count++;
    }
    int[] starts = new int[count + 1];
    for (int k = 1; k < count; k++) {
      starts[k] = record.indexOf(delimiter, starts[k - 1]) + 1;
    }
    starts[count] = record.length() + 1;
    return new LineCells(record, starts);
  }

  /** Without a quote mark the parser only cuts at each separator (an empty text is one empty cell). */
  private static List<String> unquoted(String record, char delimiter) {
    int count = 1;
    for (int i = record.indexOf(delimiter); i >= 0; i = record.indexOf(delimiter, i + 1)) {
      count++;
    }
    String[] cells = new String[count];
    int start = 0;
    for (int k = 0; k < count - 1; k++) {
      int end = record.indexOf(delimiter, start);
      cells[k] = record.substring(start, end);
      start = end + 1;
    }
    cells[count - 1] = record.substring(start);
    return Arrays.asList(cells);
  }

  /**
   * A record whose every quote mark opens a cell at its start or closes it right before a
   * separator or the end (doubled inside), cut by hand as the parser cuts it; null for any other
   * record, which the parser splits (a notes cell with a comma is quoted: a tenth of a large import
   * went to the parser's general path).
   */
  private static List<String> wellQuoted(String record, char delimiter, int firstQuote) {
    int[] starts = new int[24];
    String[] texts = new String[23];
    int count = 0;
    int length = record.length();
    int quote = firstQuote;
    int start = 0;
    while (true) {
      if (count + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        texts = Arrays.copyOf(texts, starts.length - 1);
      }
      starts[count] = start;
      int end;
      if (start < length && record.charAt(start) == '"') {
        boolean doubled = false;
        int close = record.indexOf('"', start + 1);
        while (close >= 0 && close + 1 < length && record.charAt(close + 1) == '"') {
          doubled = true;
          close = record.indexOf('"', close + 2);
        }
        if (close < 0 || (close + 1 < length && record.charAt(close + 1) != delimiter)) {
          return null;
        }
        String inner = record.substring(start + 1, close);
        texts[count] = doubled ? inner.replace("\"\"", "\"") : inner;
        end = close + 1;
        quote = record.indexOf('"', end);
      } else {
        int next = record.indexOf(delimiter, start);
        end = next < 0 ? length : next;
        if (quote >= 0 && quote < end) {
          return null;
        }
      }
      count++;
      if (end >= length) {
        starts[count] = length + 1;
        return new LineCells(record, starts, texts, count);
      }
      start = end + 1;
    }
  }

  static boolean allBlank(List<String> cells) {
    if (cells instanceof LineCells line) {
      return line.allBlank();
    }
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
