package org.rlsviewer.importer;

import org.rlsviewer.domain.FilePreview;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;

/**
 * Reads one sheet of a workbook through the same path as a CSV file: the sheet becomes CSV text
 * ({@link SheetText}) that {@link DiaryReader} reads with the same header recognition, mapping,
 * night merging, rules and report; only the format name ({@code xlsx}, {@code ods}) and the sheet
 * read are added to the report.
 */
final class SpreadsheetImport {

  private final Workbook book;
  private final String sourceName;
  private final ImportOptions options;
  private final Optional<MappingStore> mappings;

  SpreadsheetImport(Workbook book, String sourceName, ImportOptions options) {
    this.book = book;
    this.sourceName = sourceName;
    this.options = options;
    this.mappings = options.mappingsDirectory().map(MappingStore::new);
  }

  private record Chosen(int index, SheetLayout.Header header) {}

  ImportResult read() throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    Chosen chosen = choose();
    ImportResult result = reader(chosen).read();
    ImportReport r = result.report();
    List<String> warnings = new ArrayList<>();
    warnings.add(sheetLine(chosen.index()));
    warnings.addAll(book.remarks());
    warnings.addAll(r.warnings());
    return new ImportResult(result.diary(), new ImportReport(r.sourceName(), r.dataRows(), r.imported(),
        r.rejected(), warnings, book.format(), r.merged()));
  }

  FilePreview preview(int maxRows) throws IOException, NotADiaryException {
    return reader(choose()).preview(maxRows);
  }

  private DiaryReader reader(Chosen chosen) {
    return new DiaryReader(sourceName, withProgress -> new SheetText(book.rows(chosen.index()), chosen.header()),
        false, options, mappings);
  }

  private Chosen choose() throws IOException, NotADiaryException {
    List<String> names = book.sheetNames();
    if (names.isEmpty()) {
      throw new NotADiaryException("\"" + sourceName + "\" is not a diary: the workbook has no sheets.");
    }
    DiaryReader probe = new DiaryReader(sourceName, withProgress -> java.io.Reader.nullReader(), false, options,
        mappings);
    if (options.sheet().isPresent()) {
      int index = indexOf(options.sheet().get(), names);
      SheetLayout.Header header = SheetLayout.find(book, index, probe::recognisesHeader);
      if (header == null) {
        throw new NotADiaryException("\"" + sourceName + "\" is not a diary: its sheet \"" + names.get(index)
            + "\" is empty.");
      }
      return new Chosen(index, header);
    }
    Chosen fallback = null;
    for (int i = 0; i < names.size(); i++) {
      SheetLayout.Header header = SheetLayout.find(book, i, probe::recognisesHeader);
      if (header != null && header.recognised()) {
        return new Chosen(i, header);
      }
      if (header != null && fallback == null) {
        fallback = new Chosen(i, header);
      }
    }
    if (fallback == null) {
      throw NotADiaryException.empty(sourceName);
    }
    return fallback;
  }

  private int indexOf(String wanted, List<String> names) throws NotADiaryException {
    String w = wanted.strip();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).strip().equalsIgnoreCase(w)) {
        return i;
      }
    }
    if (w.matches("\\d{1,4}")) {
      int number = Integer.parseInt(w);
      if (number >= 1 && number <= names.size()) {
        return number - 1;
      }
    }
    throw new NotADiaryException("\"" + sourceName + "\" has no sheet \"" + w + "\"; its sheets are "
        + quoted(names) + " (give a name or a number from 1 to " + names.size() + ").");
  }

  private String sheetLine(int index) {
    List<String> names = book.sheetNames();
    String line = "Read the sheet \"" + names.get(index) + "\"";
    if (names.size() > 1) {
      line += " (sheet " + (index + 1) + " of " + names.size() + ": " + quoted(names)
          + "; another can be chosen, on the command line with --sheet)";
    }
    return line + ".";
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
  }
}
