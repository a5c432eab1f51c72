package org.rlsviewer.importer;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsviewer.domain.DiaryField;

/**
 * The {@code #} lines above the header: {@code # key: value} metadata, anything else a comment. A
 * spreadsheet may have saved such a line as a cell, quoted and followed by empty cells
 * ({@code "# name: Doe, Jane",,,}); that is read as the line it was.
 */
final class MetadataLines {

  private static final Pattern KEY_VALUE =
      Pattern.compile("#\\s*([A-Za-z][A-Za-z0-9 _-]{0,39}?)\\s*:\\s*(.*)");
  private static final Pattern TRAILING_EMPTY_CELLS = Pattern.compile("[,;\\t\\s]+$");

  private MetadataLines() {}

  static boolean isHashLine(String line) {
    String s = line.strip();
    return s.startsWith("#") || s.startsWith("\"#");
  }

  /** The normalised key and the value of a {@code # key: value} line; empty for a comment. */
  static Optional<Map.Entry<String, String>> keyValue(String line) {
    return keyValue(line, ',');
  }

  /** As above for a file whose cells are separated by {@code delimiter}. */
  static Optional<Map.Entry<String, String>> keyValue(String line, char delimiter) {
    Matcher m = KEY_VALUE.matcher(content(line, delimiter));
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(Map.entry(DiaryField.normaliseHeader(m.group(1)), m.group(2).strip()));
  }

  private static String content(String line, char delimiter) {
    String s = line.strip();
    if (s.startsWith("\"#")) {
      try {
        List<String> cells = CsvCells.split(s, delimiter);
        if (!cells.isEmpty() && CsvCells.allBlank(cells.subList(1, cells.size()))) {
          return cells.get(0).strip();
        }
      } catch (IOException unreadable) {
        // fall through: read the line as written
      }
    }
    return TRAILING_EMPTY_CELLS.matcher(s).replaceFirst("");
  }
}
