package org.rlsviewer.importer;

import java.io.IOException;
import java.nio.file.Path;

/** Spreadsheet copies of CSV diaries for tests outside the importer package. */
public final class SpreadsheetTestFiles {

  private SpreadsheetTestFiles() {}

  public static Path xlsxFromCsv(Path csv, Path out) throws IOException {
    Workbooks.writeXlsx(out, false, new Workbooks.SheetData("Diary", Workbooks.typedRows(csv)));
    return out;
  }

  public static Path odsFromCsv(Path csv, Path out) throws IOException {
    Workbooks.writeOds(out, new Workbooks.SheetData("Diary", Workbooks.typedRows(csv)));
    return out;
  }

  /** A workbook with two diaries, on sheets "Weeks 1-4" and "Weeks 5-6". */
  public static Path twoSheetXlsx(Path first, Path second, Path out) throws IOException {
    Workbooks.writeXlsx(out, false, new Workbooks.SheetData("Weeks 1-4", Workbooks.typedRows(first)),
        new Workbooks.SheetData("Weeks 5-6", Workbooks.typedRows(second)));
    return out;
  }
}
