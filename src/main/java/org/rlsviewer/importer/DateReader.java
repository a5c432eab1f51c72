package org.rlsviewer.importer;

import org.rlsviewer.domain.DayMonthOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of one file in the style the file writes them. A file has one style (the one most
 * of its dates use, see {@link DateSurvey}); a date in another style is a bad date, because a file
 * that mixes styles has usually been mangled. Styles: ISO {@code 2026-01-05} (also
 * {@code 2026/01/05}), dotted {@code 05.01.2026} (always day first), slashed {@code 05/01/2026} or
 * {@code 05-01-2026} (day or month first, as settled for the file), and written out:
 * {@code 22nd Sep 2020}, {@code 5 January 2026}, {@code Sep 22, 2020}, {@code 17. Februar}; a date
 * written without a year takes it from elsewhere in the row. A midnight time after a date
 * ({@code 05.01.2026 00:00}, as spreadsheets keeping date-times save) is ignored; any other time is not.
 */
final class DateReader {

  enum Style {
    ISO("yyyy-MM-dd"),
    DOTTED("dd.MM.yyyy"),
    SLASHED("dd/MM/yyyy or MM/dd/yyyy"),
    WRITTEN("a date such as 22nd Sep 2020");

    private final String expected;

    Style(String expected) {
      this.expected = expected;
    }
  }

  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})");
  /**
   * {@code 22nd Sep 2020}, {@code 17. Februar}, {@code 1er mai}, {@code 13 de septiembre de 2020},
   * {@code 7 września}, optionally after a weekday ({@code poniedziałek, 7 września}).
   */
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?:(\\p{L}+)\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|ª)?\\s+(?:de\\s+)?(\\p{L}+)\\.?"
          + "(?:,?\\s+(?:de\\s+)?(\\d{4})(?:\\s*г\\.?)?)?(?:,\\s*\\p{L}+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?:(\\p{L}+)\\.?,?\\s+)?([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?",
      Pattern.CASE_INSENSITIVE);

  private static final int[] ISO_DIGITS = {0, 1, 2, 3, 5, 6, 8, 9};
  private static final Pattern MIDNIGHT = Pattern.compile("(?<=\\d)[ T]0?0:00(:00(\\.0+)?)?$");
  private final Style style;
  private final DayMonthOrder order;
  /** The languages of the month names this reader has read, for the import report. */
  private final CalendarNames.Tally languages = new CalendarNames.Tally();

  /** @param order how to read slashed dates; null when the file has none */
  DateReader(Style style, DayMonthOrder order) {
    this.style = style;
    this.order = order;
  }

  static DateReader iso() {
    return new DateReader(Style.ISO, null);
  }

  Style style() {
    return style;
  }

  /** How the file's dates are written, for messages: "yyyy-MM-dd", "dd/MM/yyyy"... */
  String expected() {
    if (style == Style.SLASHED && order != null) {
      return order == DayMonthOrder.DAY_FIRST ? "dd/MM/yyyy" : "MM/dd/yyyy";
    }
    return style.expected;
  }

  /** The style a single value is written in, if it is a date at all. */
  static Optional<Style> styleOf(String raw) {
    String s = withoutMidnight(raw.strip());
    if (isoParts(s) != null) {
      return Optional.of(Style.ISO);
    }
    if (DOTTED.matcher(s).matches()) {
      return Optional.of(Style.DOTTED);
    }
    if (SLASHED.matcher(s).matches()) {
      return Optional.of(Style.SLASHED);
    }
    return written(s, OptionalInt.of(2000), null).isPresent() ? Optional.of(Style.WRITTEN) : Optional.empty();
  }

  /** A spreadsheet that keeps dates as date-times saves them with a midnight time: that is a date. */
  private static String withoutMidnight(String s) {
    return s.indexOf(':') < 0 ? s : MIDNIGHT.matcher(s).replaceFirst("");
  }

  /**
   * Year, month and day of {@code yyyy-MM-dd} or {@code yyyy/MM/dd} (as the ISO pattern reads them,
   * either separator in either place), or null; by hand, as nearly every diary writes its dates so.
   */
  private static int[] isoParts(String s) {
    if (s.length() != 10 || !isSeparator(s.charAt(4)) || !isSeparator(s.charAt(7))) {
      return null;
    }
    for (int i : ISO_DIGITS) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    return new int[] {number(s, 0, 4), number(s, 5, 7), number(s, 8, 10)};
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '/';
  }

  private static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + s.charAt(i) - '0';
    }
    return value;
  }

  /** The two numbers of a slashed date, first and second, or null when it is not one. */
  static int[] slashedParts(String raw) {
    Matcher m = SLASHED.matcher(withoutMidnight(raw.strip()));
    return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))} : null;
  }

  Optional<LocalDate> read(String raw) {
    return read(raw, OptionalInt.empty());
  }

  /** @param year the year from elsewhere in the row, for a date written without one */
  Optional<LocalDate> read(String raw, OptionalInt year) {
    String s = withoutMidnight(raw.strip());
    Matcher m;
    switch (style) {
      case ISO -> {
        int[] parts = isoParts(s);
        return parts == null ? Optional.empty() : day(parts[0], parts[1], parts[2]);
      }
      case DOTTED -> {
        m = DOTTED.matcher(s);
        return m.matches() ? day(m.group(3), m.group(2), m.group(1)) : Optional.empty();
      }
      case SLASHED -> {
        m = SLASHED.matcher(s);
        if (!m.matches() || order == null) {
          return Optional.empty();
        }
        return order == DayMonthOrder.DAY_FIRST
            ? day(m.group(4), m.group(3), m.group(1))
            : day(m.group(4), m.group(1), m.group(3));
      }
      default -> {
        return written(s, year, languages);
      }
    }
  }

  /** "Dates read in Polish (...)." when this reader read month names of a language other than English. */
  Optional<String> languageRemark() {
    return languages.remark();
  }

  /** @param tally told the month name read; null to only check */
  private static Optional<LocalDate> written(String s, OptionalInt year, CalendarNames.Tally tally) {
    Matcher m = DAY_MONTH.matcher(s);
    String weekday;
    String day;
    String month;
    String y;
    if (m.matches()) {
      weekday = m.group(1);
      day = m.group(2);
      month = m.group(3);
      y = m.group(4);
    } else {
      m = MONTH_DAY.matcher(s);
      if (!m.matches()) {
        return Optional.empty();
      }
      weekday = m.group(1);
      month = m.group(2);
      day = m.group(3);
      y = m.group(4);
    }
    if (weekday != null && !CalendarNames.isWeekday(weekday)) {
      return Optional.empty();
    }
    Optional<CalendarNames.Name> name = CalendarNames.month(month);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Integer monthNumber = name.get().month();
    if (y == null && year.isEmpty()) {
      return Optional.empty();
    }
    String yearText = y != null ? y : Integer.toString(year.getAsInt());
    Optional<LocalDate> date = day(yearText, monthNumber.toString(), day);
    if (date.isPresent() && tally != null) {
      tally.add(month, name.get());
    }
    return date;
  }

  /** Strict ISO yyyy-MM-dd: exactly four-two-two digits and a real calendar day. */
  static Optional<LocalDate> isoDate(String s) {
    return iso().read(s).filter(d -> s.strip().charAt(4) == '-' && s.strip().charAt(7) == '-');
  }

  private static Optional<LocalDate> day(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException notADay) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> day(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException notADay) {
      return Optional.empty();
    }
  }

}
