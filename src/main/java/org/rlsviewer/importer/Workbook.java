package org.rlsviewer.importer;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A spreadsheet workbook read as streams of rows, one sheet at a time. */
interface Workbook extends Closeable {

  /** The report's remark for a workbook with macros: they are never run. */
  String MACROS_NOT_RUN =
      "The workbook contains macros; they were not run, only the values stored in its cells were read.";

  /** {@code xlsx} or {@code ods}: the format name the report gives. */
  String format();

  List<String> sheetNames();

  /** The rows of a sheet (0-based index) in order, empty rows left out; read as a stream. */
  Rows rows(int sheet) throws IOException;

  /** The merged blocks of a sheet. */
  List<CellRange> merges(int sheet) throws IOException;

  /** File-level remarks for the import report (macros present, the 1904 date system...). */
  List<String> remarks();

  /** The rows of one sheet, pulled one at a time. */
  interface Rows extends Closeable {
    /** The next row with a filled cell, or null at the end. */
    SheetRow next() throws IOException;
  }
}
