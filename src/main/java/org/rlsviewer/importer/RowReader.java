package org.rlsviewer.importer;

import static org.rlsviewer.domain.DiaryField.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;

/**
 * Turns the cells of one data row into a diary entry, or into the reason it cannot be one. Every
 * bad cell of the row is named in the reason, not only the first.
 */
final class RowReader {

  /** Minutes in a day: no minutes field can be longer than that. */
  private static final int DAY_MINUTES = 1440;
  private static final int ANY = Integer.MAX_VALUE;

  /** Exactly one of {@code entry} and {@code reason} is set. */
  record Outcome(DiaryEntry entry, String reason) {}

  private final HeaderLayout layout;
  private final DateReader dates;
  /** The column of each field by its ordinal, -1 when absent; and the header messages name it by. */
  private final int[] columns = new int[DiaryField.values().length];
  private final String[] headers = new String[DiaryField.values().length];
  private final boolean hasExtras;
  private final SharedText shared = new SharedText();

  RowReader(HeaderLayout layout) {
    this(layout, DateReader.iso());
  }

  RowReader(HeaderLayout layout, DateReader dates) {
    this.layout = layout;
    this.dates = dates;
    for (DiaryField field : DiaryField.values()) {
      columns[field.ordinal()] = layout.indexOf(field);
      headers[field.ordinal()] = layout.headerOf(field);
    }
    hasExtras = layout.columns().stream().anyMatch(HeaderLayout.Column::isExtra);
  }

  Outcome read(int line, List<String> cells) {
    if (cells.size() > layout.width()
        && !CsvCells.allBlank(cells.subList(layout.width(), cells.size()))) {
      return rejected("row has " + cells.size() + " fields, header has " + layout.width());
    }
    String dateCell = v(cells, DATE);
    if (dateCell != null && !startsWithDigit(dateCell) && DiaryField.forHeader(dateCell).orElse(null) == DATE) {
      return rejected("repeated header row");
    }
    CellParser p = new CellParser(dates);
    LocalDate date = p.date(h(DATE), dateCell, layout.yearOf(cells));
    // A bad date is already a recorded problem, so the placeholder never leaves this method.
    DiaryEntry entry = new DiaryEntry(
        line,
        date == null ? LocalDate.MIN : date,
        whole(p, cells, SEVERITY, 0, 10),
        time(p, cells, SYMPTOM_START),
        whole(p, cells, SYMPTOM_MINUTES, 0, DAY_MINUTES),
        t(cells, RELIEF),
        time(p, cells, BEDTIME),
        whole(p, cells, SLEEP_LATENCY_MIN, 0, DAY_MINUTES),
        whole(p, cells, AWAKENINGS, 0, ANY),
        time(p, cells, WAKE_TIME),
        whole(p, cells, SLEEP_QUALITY, 1, 5),
        whole(p, cells, CAFFEINE_MG, 0, ANY),
        time(p, cells, LAST_CAFFEINE),
        decimal(p, cells, ALCOHOL_UNITS),
        whole(p, cells, EXERCISE_MIN, 0, DAY_MINUTES),
        whole(p, cells, MAGNESIUM_MG, 0, ANY),
        t(cells, MAGNESIUM_FORM),
        t(cells, MEDICATIONS),
        t(cells, SUPPLEMENTS),
        yesNo(p, cells, SNORING),
        yesNo(p, cells, BREATHING_PAUSES),
        t(cells, SIDE_EFFECTS),
        t(cells, NOTES),
        extras(cells));
    if (!p.problems().isEmpty()) {
      return rejected(String.join("; ", p.problems()));
    }
    return new Outcome(entry, null);
  }

  /** Named extra columns always (blank as ""), unnamed ones only when the row fills them. */
  private Map<String, String> extras(List<String> cells) {
    if (!hasExtras) {
      return Map.of();
    }
    Map<String, String> extras = new LinkedHashMap<>();
    for (HeaderLayout.Column column : layout.columns()) {
      if (!column.isExtra()) {
        continue;
      }
      String value = column.index() < cells.size() ? cells.get(column.index()).strip() : "";
      if (!column.isUnnamed() || !value.isEmpty()) {
        extras.put(column.extraKey(), value);
      }
    }
    return extras;
  }

  /** A value read straight from a cell of the line, or null to leave the cell to {@link CellParser}. */
  private interface Plain<T> {
    T at(LineCells line, int column);
  }

  /**
   * A cell read straight from the line when {@code plain} can (an empty cell is not recorded: null),
   * any other by {@code general} from the cell's text: the same value, or the same problem.
   */
  private <T> T read(List<String> cells, DiaryField field, Plain<T> plain, java.util.function.Function<String, T> general) {
    LineCells line = lineOf(cells, field);
    if (line != null) {
      int column = columns[field.ordinal()];
      if (line.isEmptyAt(column)) {
        return null;
      }
      T value = plain.at(line, column);
      if (value != null) {
        return value;
      }
    }
    return general.apply(v(cells, field));
  }

  /** A whole number: plain digits in range from the line, else as {@link CellParser#whole}. */
  private Integer whole(CellParser p, List<String> cells, DiaryField field, int min, int max) {
    return read(cells, field, (line, column) -> {
      int value = line.plainWholeAt(column);
      return value != LineCells.NOT_PLAIN && value >= min && value <= max ? Numbers.boxed(value) : null;
    }, raw -> p.whole(h(field), raw, min, max));
  }

  /** A non-negative decimal: plain digits from the line, else as {@link CellParser#nonNegativeDecimal}. */
  private Double decimal(CellParser p, List<String> cells, DiaryField field) {
    return read(cells, field, (line, column) -> {
      int value = line.plainWholeAt(column);
      return value != LineCells.NOT_PLAIN ? Numbers.boxed((double) value) : null;
    }, raw -> p.nonNegativeDecimal(h(field), raw));
  }

  /** A time of day: H:mm or HH:mm from the line, else as {@link CellParser#time}. */
  private LocalTime time(CellParser p, List<String> cells, DiaryField field) {
    return read(cells, field, (line, column) -> {
      int minute = line.plainClockAt(column);
      return minute != LineCells.NOT_PLAIN ? Numbers.minuteOfDay(minute) : null;
    }, raw -> p.time(h(field), raw));
  }

  /** A yes/no answer: "yes" and "no" from the line, else as {@link CellParser#yesNo}. */
  private Boolean yesNo(CellParser p, List<String> cells, DiaryField field) {
    return read(cells, field,
        (line, column) -> line.isExactly(column, "no") ? Boolean.FALSE : line.isExactly(column, "yes") ? Boolean.TRUE : null,
        raw -> p.yesNo(h(field), raw));
  }

  /** The row's line when the cell of the field is in it and can be read from it; else null. */
  private LineCells lineOf(List<String> cells, DiaryField field) {
    int column = columns[field.ordinal()];
    return cells instanceof LineCells line && column >= 0 && column < line.size() ? line : null;
  }

  private static boolean startsWithDigit(String cell) {
    String s = cell.stripLeading();
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private String h(DiaryField field) {
    return headers[field.ordinal()];
  }

  /** The cell of the field in a row, or null when the column is absent or the row is shorter. */
  private String v(List<String> cells, DiaryField field) {
    int column = columns[field.ordinal()];
    return column < 0 || column >= cells.size() ? null : cells.get(column);
  }

  /** A text cell, one instance for a text many nights repeat ("none", "hot bath"). */
  private String t(List<String> cells, DiaryField field) {
    LineCells line = lineOf(cells, field);
    if (line != null && line.isEmptyAt(columns[field.ordinal()])) {
      return "";
    }
    return shared.of(v(cells, field));
  }

  private static Outcome rejected(String reason) {
    return new Outcome(null, reason);
  }
}
