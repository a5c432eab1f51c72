package org.rlsviewer.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rlsviewer.domain.DiaryField;

/**
 * Reads the rows of one known layout (an app's export, or a saved column mapping) into parts of
 * nights, which {@link NightMerger} then puts together.
 */
abstract class FormatAdapter {

  /** Exactly one of {@code part} and {@code reason} is set. */
  record Outcome(RowPart part, String reason) {
    static Outcome of(RowPart part) {
      return new Outcome(part, null);
    }

    static Outcome rejected(String reason) {
      return new Outcome(null, reason);
    }
  }

  private final Map<String, Integer> columnByName = new HashMap<>();
  private final List<String> headers;

  FormatAdapter(List<String> headers) {
    this.headers = List.copyOf(headers);
    for (int i = 0; i < headers.size(); i++) {
      columnByName.putIfAbsent(DiaryField.normaliseHeader(headers.get(i)), i);
    }
  }

  /** The format's name in the import report and the {@code check} output, e.g. {@code daylio}. */
  abstract String name();

  abstract Outcome read(int line, List<String> cells);

  /** Extra keys this format may put on nights, for the diary's list of extra columns. */
  abstract List<String> extraKeys();

  /** The dates style this format writes; null to survey the date column (see {@link #dateColumn}). */
  DateReader.Style dateStyle() {
    return DateReader.Style.ISO;
  }

  /** The column to survey for the date style, or -1 when the style is fixed. */
  int dateColumn() {
    return -1;
  }

  /** The result once every row is read; a format may refuse it here (a question to ask first). */
  org.rlsviewer.domain.ImportResult afterRows(org.rlsviewer.domain.ImportResult result, String sourceName)
      throws NotADiaryException {
    return result;
  }

  /** Called once the file's date style is known. */
  void useDates(DateReader dates) {}

  /** "Dates read in Polish (...)." once the rows are read, when month names were not English. */
  Optional<String> dateLanguage() {
    return Optional.empty();
  }

  List<String> headers() {
    return headers;
  }

  boolean hasColumn(String name) {
    return columnByName.containsKey(DiaryField.normaliseHeader(name));
  }

  /** The stripped cell under a header, "" when the column or cell is missing or holds a dash. */
  String cell(List<String> cells, String name) {
    Integer index = columnByName.get(DiaryField.normaliseHeader(name));
    return index == null ? "" : cellAt(cells, index);
  }

  static String cellAt(List<String> cells, int index) {
    if (index < 0 || index >= cells.size()) {
      return "";
    }
    String value = cells.get(index).strip();
    // Sleep Cycle writes an em dash (and some files an en dash) for "no value".
    return value.equals("\u2014") || value.equals("\u2013") ? "" : value;
  }

  /** A row with more filled cells than the header has columns, like the diary format rejects. */
  String widthProblem(List<String> cells) {
    if (cells.size() > headers.size() && !CsvCells.allBlank(cells.subList(headers.size(), cells.size()))) {
      return "row has " + cells.size() + " fields, header has " + headers.size();
    }
    return null;
  }

  /** Symptom names that mean restless legs, in English and German, and the eponyms. */
  static boolean namesRestlessLegs(String name) {
    String s = name.toLowerCase(java.util.Locale.ROOT);
    return s.matches(".*(restless[\\s_-]*leg|\\brls\\b|willis[\\s-]*ekbom|unruhige[\\s]*beine).*");
  }

  /**
   * A 0-4 symptom rating (none, mild, moderate, severe, unbearable: Bearable's and Flaredown's
   * scale) on the diary's 0-10 severity scale: 0, 3, 5, 8, 10 (the rating times 2.5, rounded half
   * up). The rating as written is kept as an extra value beside it.
   */
  static Integer severityFromFivePointRating(int rating) {
    return rating < 0 || rating > 4 ? null : (int) Math.round(rating * 2.5 + 0.001);
  }
}
