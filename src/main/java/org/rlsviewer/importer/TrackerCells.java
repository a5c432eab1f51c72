package org.rlsviewer.importer;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the numbers trackers write: decimal commas, thousands separators, "N/A" for none. */
final class TrackerCells {

  private TrackerCells() {}

  static String at(List<String> cells, int index) {
    return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
  }

  static boolean isNone(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    return s.isEmpty() || s.equals("n/a") || s.equals("na") || s.equals("null") || s.equals("-");
  }

  /** A decimal number written with a point or a comma ("4,0", "8.25"); empty when not one. */
  static OptionalDouble decimal(String raw) {
    String s = raw.strip();
    if (!s.matches("-?\\d{1,9}([.,]\\d{1,9})?")) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(s.replace(',', '.')));
  }

  /** A whole number, thousands separated or not ("1,000", "500"); empty when not one. */
  static OptionalLong whole(String raw) {
    String s = raw.strip();
    if (s.matches("-?\\d{1,3}(,\\d{3})+")) {
      s = s.replace(",", "");
    }
    if (!s.matches("-?\\d{1,15}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(s));
  }

  /** Minutes from a cell that holds a count of minutes no larger than a day, or none. */
  static Optional<Integer> minutes(String raw) {
    OptionalLong value = whole(raw);
    if (value.isEmpty() || value.getAsLong() < 0 || value.getAsLong() > 2 * 1440) {
      return Optional.empty();
    }
    return Optional.of((int) value.getAsLong());
  }

  /**
   * The date and time in {@code raw} as {@code pattern} reads it, with the groups {@code year},
   * {@code month}, {@code day}, {@code hour} and {@code minute}; null when it does not match or
   * names no real time.
   */
  static LocalDateTime dateTime(Pattern pattern, String raw) {
    Matcher m = pattern.matcher(raw.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDateTime.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
          Integer.parseInt(m.group("day")), Integer.parseInt(m.group("hour")), Integer.parseInt(m.group("minute")));
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String describe(String column, String raw, String expected) {
    return raw.isBlank() ? "missing " + column
        : column + " \"" + CellParser.shorten(raw) + "\" is not " + expected;
  }
}
