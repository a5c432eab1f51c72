package org.rlsviewer.importer;

import org.rlsviewer.domain.ColumnMapping;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rlsviewer.domain.DiaryField;

/**
 * What each column of the header means: a diary field (the first column naming it), or an extra
 * column kept as written. A column without a header is kept as {@code column N} when a row has
 * something in it.
 */
final class HeaderLayout {

  /** One column: its 0-based index, header as written (stripped), and either a field or an extra key. */
  record Column(int index, String header, DiaryField field, String extraKey) {
    boolean isExtra() {
      return field == null && extraKey != null;
    }

    boolean isUnnamed() {
      return header.isEmpty();
    }
  }

  /** Headers of the column that says when a row was written (a diary with evening and morning rows). */
  static final Set<String> TIME_HEADERS = Set.of("time", "entry_time");

  private final List<Column> columns;
  private final Map<DiaryField, Column> byField;

  private final int yearColumn;
  private final int timeColumn;

  private HeaderLayout(List<Column> columns, Map<DiaryField, Column> byField) {
    this.columns = List.copyOf(columns);
    this.byField = byField;
    this.yearColumn = columns.stream()
        .filter(c -> c.isExtra() && DiaryField.normaliseHeader(c.header()).equals("year"))
        .mapToInt(Column::index).findFirst().orElse(-1);
    this.timeColumn = columns.stream()
        .filter(c -> c.field() == null && c.extraKey() == null && TIME_HEADERS.contains(DiaryField.normaliseHeader(c.header())))
        .mapToInt(Column::index).findFirst().orElse(-1);
  }

  /** The column of the time each row was written, or -1 when rows are whole nights. */
  int timeColumn() {
    return timeColumn;
  }

  static HeaderLayout of(List<String> headers, List<String> warnings) {
    List<Column> columns = new ArrayList<>();
    Map<DiaryField, Column> byField = new EnumMap<>(DiaryField.class);
    Set<String> extraKeys = new HashSet<>();
    boolean sawTime = false;
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i).strip();
      if (!sawTime && TIME_HEADERS.contains(DiaryField.normaliseHeader(header))) {
        sawTime = true;
        columns.add(new Column(i, header, null, null));
        continue;
      }
      Optional<DiaryField> field = DiaryField.forHeader(header);
      if (field.isPresent() && !byField.containsKey(field.get())) {
        Column column = new Column(i, header, field.get(), null);
        byField.put(field.get(), column);
        columns.add(column);
        continue;
      }
      String key = header.isEmpty() ? "column " + (i + 1) : header;
      if (!extraKeys.add(key)) {
        key = header + " (column " + (i + 1) + ")";
        extraKeys.add(key);
      }
      if (field.isPresent()) {
        Column first = byField.get(field.get());
        warnings.add("Column \"" + header + "\" (column " + (i + 1) + ") repeats \"" + first.header()
            + "\" (column " + (first.index() + 1) + "); the first one is used and the repeat is kept as"
            + " extra data.");
      }
      columns.add(new Column(i, header, null, key));
    }
    return new HeaderLayout(columns, byField);
  }

  /** The layout a saved column mapping gives the header; ignored and entry-time columns hold neither. */
  static HeaderLayout mapped(ColumnMapping mapping) {
    List<Column> columns = new ArrayList<>();
    Map<DiaryField, Column> byField = new EnumMap<>(DiaryField.class);
    Set<String> extraKeys = new HashSet<>();
    for (int i = 0; i < mapping.headers().size(); i++) {
      String header = mapping.headers().get(i).strip();
      ColumnMapping.Target target = mapping.targets().get(i);
      Column column;
      if (target.kind() == ColumnMapping.Kind.FIELD) {
        column = new Column(i, header, target.field(), null);
        byField.put(target.field(), column);
      } else if (target.kind() == ColumnMapping.Kind.EXTRA) {
        String key = header.isEmpty() ? "column " + (i + 1) : header;
        key = extraKeys.add(key) ? key : header + " (column " + (i + 1) + ")";
        extraKeys.add(key);
        column = new Column(i, header, null, key);
      } else {
        column = new Column(i, header, null, null);
      }
      columns.add(column);
    }
    return new HeaderLayout(columns, byField);
  }

  int width() {
    return columns.size();
  }

  List<Column> columns() {
    return columns;
  }

  boolean has(DiaryField field) {
    return byField.containsKey(field);
  }

  /** The year a row writes in a column named "year", for dates written without one ("30 May"). */
  java.util.OptionalInt yearOf(List<String> cells) {
    if (yearColumn < 0 || yearColumn >= cells.size()) {
      return java.util.OptionalInt.empty();
    }
    String y = cells.get(yearColumn).strip();
    return y.length() == 4 && y.chars().allMatch(Character::isDigit)
        ? java.util.OptionalInt.of(Integer.parseInt(y)) : java.util.OptionalInt.empty();
  }

  /** The 0-based column of a field, or -1. */
  int indexOf(DiaryField field) {
    Column column = byField.get(field);
    return column == null ? -1 : column.index();
  }

  boolean dateIsFirstColumn() {
    return has(DiaryField.DATE) && byField.get(DiaryField.DATE).index() == 0;
  }

  /** The header as the file writes it, for messages; the canonical name when the column is absent. */
  String headerOf(DiaryField field) {
    Column column = byField.get(field);
    return column == null ? field.column() : column.header();
  }

  /** A column by 0-based index for messages: its header, or "column N" when it has none. */
  String describe(int index) {
    if (index < columns.size() && !columns.get(index).isUnnamed()) {
      return columns.get(index).header();
    }
    return "column " + (index + 1);
  }

  /** The cell of the field in a row, or null when the column is absent or the row is shorter. */
  String cell(List<String> cells, DiaryField field) {
    Column column = byField.get(field);
    return column == null || column.index() >= cells.size() ? null : cells.get(column.index());
  }
}
