package org.rlsviewer.importer;

/** A merged block of cells: rows 1-based as the sheet shows them, columns 0-based. */
record CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {

  boolean contains(int row, int column) {
    return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
  }

  /** "A1:C2" as a workbook writes it; null when it is not a range. */
  static CellRange parse(String ref) {
    if (ref == null) {
      return null;
    }
    int colon = ref.indexOf(':');
    if (colon < 0) {
      return null;
    }
    int[] from = CellRange.cell(ref.substring(0, colon));
    int[] to = CellRange.cell(ref.substring(colon + 1));
    if (from == null || to == null) {
      return null;
    }
    return new CellRange(Math.min(from[0], to[0]), Math.min(from[1], to[1]),
        Math.max(from[0], to[0]), Math.max(from[1], to[1]));
  }

  /** {row (1-based), column (0-based)} of a reference like "B12" or "$B$12"; null when it is not one. */
  static int[] cell(String ref) {
    String s = ref.replace("$", "").strip();
    int i = 0;
    int column = 0;
    while (i < s.length() && Character.isLetter(s.charAt(i)) && i < 3) {
      column = column * 26 + (Character.toUpperCase(s.charAt(i)) - 'A' + 1);
      i++;
    }
    if (i == 0 || i == s.length() || s.length() - i > 7) {
      return null;
    }
    for (int j = i; j < s.length(); j++) {
      if (!Character.isDigit(s.charAt(j))) {
        return null;
      }
    }
    int row = Integer.parseInt(s.substring(i));
    return row < 1 ? null : new int[] {row, column - 1};
  }
}
