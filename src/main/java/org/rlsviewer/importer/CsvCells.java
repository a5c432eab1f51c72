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

  private CsvCells() {}

  static List<String> split(String record) throws IOException {
    return split(record, ',');
  }

  /** As {@link #split(String)} with another cell separator (semicolon, tab). */
  static List<String> split(String record, char delimiter) throws IOException {
    ICSVParser parser = new RFC4180ParserBuilder().withSeparator(delimiter).build();
    String[] cells = parser.parseLine(record);
    return cells == null ? List.of() : Arrays.asList(cells);
  }

  static boolean allBlank(List<String> cells) {
    return cells.stream().allMatch(String::isBlank);
  }
}
