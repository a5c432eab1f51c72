package org.rlsviewer.importer;

import java.util.List;

/** Why a record with a quote problem is rejected, naming the column where it was found. */
final class QuoteProblem {

  private QuoteProblem() {}

  static String of(RecordSplitter.Record record, HeaderLayout layout, char delimiter) {
    return of(record, layout.describe(Math.max(0, record.problemCell())), delimiter);
  }

  static String of(RecordSplitter.Record record, List<String> headers, char delimiter) {
    int cell = Math.max(0, record.problemCell());
    String column = cell < headers.size() && !headers.get(cell).isBlank()
        ? headers.get(cell).strip() : "column " + (cell + 1);
    return of(record, column, delimiter);
  }

  static String of(RecordSplitter.Record record, String column, char delimiter) {
    return switch (record.problem()) {
      case NONE -> null;
      case UNTERMINATED_QUOTE -> "unterminated quote in " + column
          + " (a cell that starts with \" needs a closing \")";
      case MISPLACED_QUOTE -> "misplaced quote in " + column
          + " (a quoted cell must end with \" right before the next "
          + Delimiter.name(delimiter).replaceAll("s$", "") + ")";
    };
  }
}
