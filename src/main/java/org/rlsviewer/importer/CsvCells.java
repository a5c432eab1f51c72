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
    if (record.indexOf('"') < 0) {
      return unquoted(record, delimiter);
    }
    String[] cells = parser(delimiter).parseLine(record);
    return cells == null ? List.of() : Arrays.asList(cells);
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

  static boolean allBlank(List<String> cells) {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
