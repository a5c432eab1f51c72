package org.rlsviewer.importer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Writes a cell's stored value as the text the CSV path reads: numbers in plain decimal (15
 * significant digits, as spreadsheets show them), dates ISO {@code yyyy-MM-dd}, times
 * {@code HH:mm} (with seconds when there are any), date-times both, separated by a space.
 */
final class SheetValues {

  /** How a number is shown, from its cell's number format. */
  enum Kind { NUMBER, DATE, TIME, DATE_TIME, DURATION }

  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
  private static final long SECONDS_PER_DAY = 86_400;
  /** Serial dates beyond 31 December 9999 are not dates. */
  private static final double MAX_SERIAL = 2_958_465;

  private SheetValues() {}

  static String number(String stored) {
    try {
      BigDecimal value = new BigDecimal(stored.strip()).round(MathContext.DECIMAL64);
      value = value.round(new MathContext(15));
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException notANumber) {
      return stored.strip();
    }
  }

  /** A number as its cell format shows it; a serial day count with the 1900 or 1904 system. */
  static String serial(String stored, Kind kind, boolean date1904) {
    if (kind == Kind.NUMBER) {
      return number(stored);
    }
    double value;
    try {
      value = Double.parseDouble(stored.strip());
    } catch (NumberFormatException notANumber) {
      return stored.strip();
    }
    if (Double.isNaN(value) || value < 0 || value > MAX_SERIAL) {
      return number(stored);
    }
    long seconds = Math.round(value * SECONDS_PER_DAY);
    long days = seconds / SECONDS_PER_DAY;
    LocalTime time = LocalTime.ofSecondOfDay(seconds % SECONDS_PER_DAY);
    return switch (kind) {
      case DATE -> date(days, date1904) + (time.equals(LocalTime.MIDNIGHT) ? "" : " " + time(time));
      case TIME -> time(time);
      case DATE_TIME -> date(days, date1904) + " " + time(time);
      case DURATION -> duration(seconds);
      case NUMBER -> number(stored);
    };
  }

  /**
   * The 1900 system counts 1900 as a leap year (as Lotus 1-2-3 did): serial 60 is a 29 February
   * 1900 that never was, shown here as written so that it is read as a bad date.
   */
  private static String date(long days, boolean date1904) {
    if (date1904) {
      return EPOCH_1904.plusDays(days).toString();
    }
    if (days == 60) {
      return "1900-02-29";
    }
    return (days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days)).toString();
  }

  private static String time(LocalTime time) {
    return time.getSecond() == 0 ? String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
        : String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
  }

  private static String duration(long seconds) {
    long minutes = Math.round(seconds / 60.0);
    return (minutes / 60) + ":" + String.format(java.util.Locale.ROOT, "%02d", minutes % 60);
  }

  /** An OpenDocument date value: {@code 2026-01-05} or {@code 2026-01-05T22:30:00}. */
  static String isoDateValue(String stored) {
    String s = stored.strip();
    try {
      if (s.length() <= 10) {
        return LocalDate.parse(s).toString();
      }
      LocalDateTime at = LocalDateTime.parse(s.length() > 19 ? s.substring(0, 19) : s);
      return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
          : at.toLocalDate() + " " + time(at.toLocalTime().withNano(0));
    } catch (DateTimeParseException notADate) {
      return s;
    }
  }

  /** An OpenDocument time value, an ISO duration such as {@code PT22H30M00S}. */
  static String durationValue(String stored) {
    try {
      long seconds = Math.round(Duration.parse(stored.strip()).toMillis() / 1000.0);
      if (seconds >= 0 && seconds < SECONDS_PER_DAY) {
        return time(LocalTime.ofSecondOfDay(seconds));
      }
      return duration(seconds);
    } catch (DateTimeParseException | ArithmeticException notADuration) {
      return stored.strip();
    }
  }

  /**
   * What an Excel number format shows: a date, a time, both, an elapsed duration ({@code [h]:mm}),
   * or a plain number. Quoted text, escaped characters and colours or conditions in brackets are
   * not format letters.
   */
  static Kind kindOfFormat(String code) {
    String firstSection = code.split(";", -1)[0];
    StringBuilder letters = new StringBuilder();
    boolean elapsed = false;
    for (int i = 0; i < firstSection.length(); i++) {
      char c = firstSection.charAt(i);
      if (c == '"') {
        int end = firstSection.indexOf('"', i + 1);
        i = end < 0 ? firstSection.length() : end;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        int end = firstSection.indexOf(']', i + 1);
        String inside = end < 0 ? "" : firstSection.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
        if (inside.matches("h+|m+|s+")) {
          elapsed = true;
          letters.append(inside.charAt(0));
        }
        i = end < 0 ? firstSection.length() : end;
      } else {
        letters.append(Character.toLowerCase(c));
      }
    }
    String l = letters.toString();
    boolean date = l.indexOf('y') >= 0 || l.indexOf('d') >= 0
        || (l.indexOf('m') >= 0 && l.indexOf('h') < 0 && l.indexOf('s') < 0);
    boolean time = l.indexOf('h') >= 0 || l.indexOf('s') >= 0;
    if (elapsed) {
      return Kind.DURATION;
    }
    if (date && time) {
      return Kind.DATE_TIME;
    }
    return date ? Kind.DATE : time ? Kind.TIME : Kind.NUMBER;
  }

  /** Excel's built-in number formats that show dates or times (ids 14-22, 45-47 and East Asian ones). */
  static Kind kindOfBuiltIn(int id) {
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) {
      return Kind.DATE;
    }
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || id == 45 || id == 47) {
      return Kind.TIME;
    }
    if (id == 22) {
      return Kind.DATE_TIME;
    }
    if (id == 46) {
      return Kind.DURATION;
    }
    return Kind.NUMBER;
  }
}
