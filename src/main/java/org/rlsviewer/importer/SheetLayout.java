package org.rlsviewer.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds a sheet's header row: the first of its first rows that reads as a header (a known app's, a
 * saved mapping's, or one with a date column), else its first filled row. A header cell left empty
 * under a cell merged down from above takes that cell's text, and a header whose cells are merged
 * down over the next rows ends on the last of them, so a two-row header (a "Legs" group above
 * "severity" and "minutes", "Date" merged over both rows) reads as its lower row with "Date".
 */
final class SheetLayout {

  static final int HEADER_SEARCH_ROWS = 50;

  /** The header's row number and cells; {@code recognised} when it reads as a known header. */
  record Header(int row, List<String> cells, boolean recognised) {
    Header {
      cells = List.copyOf(cells);
    }
  }

  private SheetLayout() {}

  /** The header of a sheet, or null when the sheet has no filled row. */
  static Header find(Workbook book, int sheet, Predicate<List<String>> isHeader) throws IOException {
    List<SheetRow> first = new ArrayList<>();
    try (Workbook.Rows rows = book.rows(sheet)) {
      for (SheetRow row = rows.next(); row != null && first.size() < HEADER_SEARCH_ROWS; row = rows.next()) {
        first.add(row);
      }
    }
    if (first.isEmpty()) {
      return null;
    }
    List<CellRange> merges = book.merges(sheet);
    for (SheetRow row : first) {
      List<String> cells = filled(row, first, merges);
      if (!isHeader.test(cells)) {
        continue;
      }
      int last = merges.stream().filter(m -> m.firstRow() == row.number() && m.lastRow() > row.number())
          .mapToInt(CellRange::lastRow).max().orElse(row.number());
      SheetRow lower = first.stream().filter(r -> r.number() == last).findFirst().orElse(null);
      if (lower != null && lower != row) {
        List<String> band = filled(lower, first, merges);
        if (isHeader.test(band)) {
          return new Header(lower.number(), band, true);
        }
      }
      return new Header(row.number(), cells, true);
    }
    SheetRow top = first.get(0);
    return new Header(top.number(), filled(top, first, merges), false);
  }

  /** The row's cells, an empty one under a merged block that starts above taking its text. */
  private static List<String> filled(SheetRow row, List<SheetRow> rows, List<CellRange> merges) {
    List<String> cells = new ArrayList<>(row.cells());
    for (CellRange m : merges) {
      if (m.firstRow() >= row.number() || m.lastRow() < row.number()) {
        continue;
      }
      String text = rows.stream().filter(r -> r.number() == m.firstRow()).findFirst()
          .map(r -> r.cell(m.firstColumn())).orElse("");
      if (text.isBlank()) {
        continue;
      }
      for (int c = m.firstColumn(); c <= m.lastColumn() && c < SheetText.MAX_COLUMNS; c++) {
        while (cells.size() <= c) {
          cells.add("");
        }
        if (cells.get(c).isBlank()) {
          cells.set(c, text);
        }
      }
    }
    return cells;
  }
}
