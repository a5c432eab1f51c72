package org.rlsviewer.importer;

import java.util.List;

/** One row of a sheet: its number as the spreadsheet shows it (1-based) and its cells as text. */
record SheetRow(int number, List<String> cells) {

  SheetRow {
    cells = List.copyOf(cells);
  }

  String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  boolean isBlank() {
    return CsvCells.allBlank(cells);
  }
}
