package org.rlsviewer.importer;

/**
 * Finds the cell separator of a file from its header line: comma, semicolon (what a spreadsheet in
 * a locale with decimal commas saves as "CSV") or tab, whichever appears most outside quotes; a
 * comma on a tie or when the header has a single column. A separator that gives a date column
 * wins over one that does not ({@code date;notes, comments} is separated by semicolons).
 */
final class Delimiter {

  private static final char[] CANDIDATES = {',', ';', '\t'};

  private Delimiter() {}

  static char of(String headerLine) {
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        continue;
      }
      for (int k = 0; !quoted && k < CANDIDATES.length; k++) {
        if (c == CANDIDATES[k]) {
          counts[k]++;
        }
      }
    }
    int best = 0;
    for (int k = 1; k < CANDIDATES.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    for (int k = 0; k < CANDIDATES.length; k++) {
      if (counts[k] > 0 && !namesADateColumn(headerLine, CANDIDATES[best])
          && namesADateColumn(headerLine, CANDIDATES[k])) {
        return CANDIDATES[k];
      }
    }
    return CANDIDATES[best];
  }

  /** Whether splitting at this separator gives a column that dates the rows. */
  private static boolean namesADateColumn(String headerLine, char delimiter) {
    try {
      return CsvCells.split(headerLine, delimiter).stream().map(org.rlsviewer.domain.DiaryField::normaliseHeader)
          .anyMatch(DATE_HEADERS::contains);
    } catch (java.io.IOException unreadable) {
      return false;
    }
  }

  private static final java.util.Set<String> DATE_HEADERS =
      java.util.Set.of("date", "full_date", "start", "checkin_date");

  /** True for a line of nothing but separators and spaces, as a spreadsheet saves an empty row. */
  static boolean isEmptyRow(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ',' && c != ';' && c != '\t' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  static String name(char delimiter) {
    return switch (delimiter) {
      case ';' -> "semicolons";
      case '\t' -> "tabs";
      default -> "commas";
    };
  }
}
