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
}
