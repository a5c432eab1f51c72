package org.rlsviewer.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of one row into typed values, collecting a problem text per bad cell. A blank
 * cell is "not recorded" and reads as {@code null}; a bad cell also reads as {@code null}.
 */
final class CellParser {

  private static final Pattern TIME_12H = Pattern.compile(
      "(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\.?", Pattern.CASE_INSENSITIVE);
  private static final int VALUE_LENGTH_SHOWN = 40;

  private final List<String> problems = new ArrayList<>();
  private final DateReader dates;

  CellParser() {
    this(DateReader.iso());
  }

  CellParser(DateReader dates) {
    this.dates = dates;
  }

  List<String> problems() {
    return problems;
  }

  LocalDate date(String column, String raw) {
    return date(column, raw, OptionalInt.empty());
  }

  /** A date in the file's style; {@code year} is the row's year for a date written without one. */
  LocalDate date(String column, String raw, OptionalInt year) {
    if (isBlank(raw)) {
      problems.add("missing " + column);
      return null;
    }
    Optional<LocalDate> date = dates.read(raw, year);
    if (date.isEmpty()) {
      problems.add("bad " + column + " \"" + shorten(raw) + "\" (expected " + dates.expected() + ")");
    }
    return date.orElse(null);
  }

  /** A whole number in {@code min..max}; with {@code max == Integer.MAX_VALUE} only "not negative". */
  Integer whole(String column, String raw, int min, int max) {
    if (isBlank(raw)) {
      return null;
    }
    String s = raw.strip();
    if (!Numbers.isWhole(s)) {
      problems.add(column + " \"" + shorten(raw) + "\" is not a whole number");
      return null;
    }
    long value = Numbers.wholeValue(s);
    if (value < min || value > max) {
      // a number past the largest int must not be told "0 or more"
      problems.add(column + " " + shorten(s) + " out of range "
          + (value > max && max == Integer.MAX_VALUE ? min + "-" + max : rangeText(min, max)));
      return null;
    }
    return Numbers.boxed((int) value);
  }

  /** A non-negative decimal; a decimal comma is read like a decimal point. */
  Double nonNegativeDecimal(String column, String raw) {
    if (isBlank(raw)) {
      return null;
    }
    String s = raw.strip();
    if (!Numbers.isDecimal(s)) {
      problems.add(column + " \"" + shorten(raw) + "\" is not a number");
      return null;
    }
    double value = Numbers.decimalValue(s);
    if (value < 0 || Double.isInfinite(value)) {
      problems.add(column + " " + shorten(s) + " out of range "
          + (value < 0 ? rangeText(0, Integer.MAX_VALUE) : "(too large a number)"));
      return null;
    }
    return Numbers.boxed(value);
  }

  /**
   * A time of day: 24-hour H:mm or HH:mm, or 12-hour {@code 6:50 pm}, {@code 7 AM}, {@code 12:46 a.m.};
   * a seconds part, as some spreadsheets add, is ignored. One file may mix both clocks.
   */
  LocalTime time(String column, String raw) {
    if (isBlank(raw)) {
      return null;
    }
    Optional<LocalTime> time = timeOfDay(raw);
    if (time.isEmpty()) {
      problems.add(column + " \"" + shorten(raw) + "\" is not a time of day (expected HH:mm, 00:00-23:59)");
    }
    return time.orElse(null);
  }

  static Optional<LocalTime> timeOfDay(String raw) {
    String s = raw.strip();
    int clock = Numbers.clockTime(s);
    if (clock != Numbers.NOT_A_CLOCK_TIME) {
      return clock < 0 ? Optional.empty() : Optional.of(Numbers.minuteOfDay(clock));
    }
    Matcher m = TIME_12H.matcher(s);
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (hour >= 1 && hour <= 12 && minute <= 59 && second <= 59) {
        boolean pm = m.group(4).equalsIgnoreCase("p");
        return Optional.of(Numbers.minuteOfDay((hour % 12 + (pm ? 12 : 0)) * 60 + minute));
      }
    }
    return Optional.empty();
  }

  Boolean yesNo(String column, String raw) {
    if (isBlank(raw)) {
      return null;
    }
    switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1", "x", "ja", "j" -> {
        return Boolean.TRUE;
      }
      case "no", "n", "false", "0", "nein" -> {
        return Boolean.FALSE;
      }
      default -> {
        problems.add(column + " \"" + shorten(raw) + "\" is not yes or no");
        return null;
      }
    }
  }

  /** Strict ISO yyyy-MM-dd: exactly four-two-two digits and a real calendar day. */
  static Optional<LocalDate> isoDate(String s) {
    return DateReader.isoDate(s);
  }

  /** A cell value cut to a readable length for messages, line breaks shown as spaces. */
  static String shorten(String raw) {
    String s = raw.strip().replaceAll("\\s+", " ");
    return s.length() > VALUE_LENGTH_SHOWN ? s.substring(0, VALUE_LENGTH_SHOWN) + "..." : s;
  }

  private static String rangeText(int min, int max) {
    return max == Integer.MAX_VALUE ? min + " or more" : min + "-" + max;
  }

  private static boolean isBlank(String raw) {
    return raw == null || raw.isBlank();
  }
}
