package org.rlsviewer.importer;

import java.time.LocalTime;

/**
 * Hand-written readers for the usual spellings of whole numbers, decimals and 24-hour times, and
 * shared boxes for the values a diary repeats on every night. They accept exactly what the
 * patterns they replace accepted ({@code -?\d+}, {@code -?(\d+([.,]\d*)?|[.,]\d+)},
 * {@code \d{1,2}:\d{2}(:\d{2})?}, ASCII digits only), without a regular expression per cell: on a
 * large diary the regex engine was most of the import's time (docs/benchmarks/import-and-memory.md).
 */
final class Numbers {

  /** {@link #clockTime} of a text that is not written as H:mm at all. */
  static final int NOT_A_CLOCK_TIME = Integer.MIN_VALUE;

  private static final int MINUTES_PER_DAY = 1440;
  private static final LocalTime[] MINUTES = new LocalTime[MINUTES_PER_DAY];
  private static final Integer[] WHOLE = new Integer[MINUTES_PER_DAY * 4];
  /** Halves from 0 to 100 (alcohol units are written so). */
  private static final Double[] HALVES = new Double[201];
  private static final double[] POWERS_OF_TEN = new double[23];
  /** Digits a decimal may have for {@code digits / 10^k} to be rounded exactly as parseDouble rounds. */
  private static final int EXACT_DIGITS = 15;

  static {
    for (int i = 0; i < MINUTES.length; i++) {
      MINUTES[i] = LocalTime.of(i / 60, i % 60);
    }
    for (int i = 0; i < WHOLE.length; i++) {
      WHOLE[i] = i;
    }
    for (int i = 0; i < HALVES.length; i++) {
      HALVES[i] = i / 2.0;
    }
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private Numbers() {}

  /** {@code -?\d+}. */
  static boolean isWhole(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    return i < s.length() && digitsUpTo(s, i) == s.length();
  }

  /** The value of a text {@link #isWhole}; past the range of a long, the largest or smallest long. */
  static long wholeValue(String s) {
    if (s.length() > 18) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException tooManyDigits) {
        return s.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
      }
    }
    boolean negative = s.startsWith("-");
    long value = 0;
    for (int i = negative ? 1 : 0; i < s.length(); i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return negative ? -value : value;
  }

  /** {@code -?(\d+([.,]\d*)?|[.,]\d+)}. */
  static boolean isDecimal(String s) {
    int start = s.startsWith("-") ? 1 : 0;
    int end = digitsUpTo(s, start);
    boolean whole = end > start;
    if (end == s.length()) {
      return whole;
    }
    if (s.charAt(end) != '.' && s.charAt(end) != ',') {
      return false;
    }
    int fractionEnd = digitsUpTo(s, end + 1);
    return fractionEnd == s.length() && (whole || fractionEnd > end + 1);
  }

  /** The value of a text {@link #isDecimal}, as {@code Double.parseDouble} reads it with a point. */
  static double decimalValue(String s) {
    boolean negative = s.startsWith("-");
    long digits = 0;
    int count = 0;
    int fraction = -1;
    for (int i = negative ? 1 : 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ',') {
        fraction = 0;
        continue;
      }
      digits = digits * 10 + (c - '0');
      count++;
      fraction += fraction >= 0 ? 1 : 0;
      if (count > EXACT_DIGITS) {
        return Double.parseDouble(s.replace(',', '.'));
      }
    }
    // both exact doubles, so the one division rounds the decimal value correctly
    double value = fraction > 0 ? digits / POWERS_OF_TEN[fraction] : digits;
    return negative ? -value : value;
  }

  /**
   * The minute of the day of a 24-hour {@code H:mm}, {@code HH:mm} or {@code HH:mm:ss} (seconds
   * ignored); -1 when written so but out of range; {@link #NOT_A_CLOCK_TIME} when not written so.
   */
  static int clockTime(String s) {
    int colon = s.indexOf(':');
    if (colon < 1 || colon > 2 || digitsUpTo(s, 0) != colon) {
      return NOT_A_CLOCK_TIME;
    }
    int length = s.length();
    boolean seconds = length == colon + 6 && s.charAt(colon + 3) == ':';
    if ((length != colon + 3 && !seconds) || digitsUpTo(s, colon + 1) != colon + 3
        || (seconds && digitsUpTo(s, colon + 4) != length)) {
      return NOT_A_CLOCK_TIME;
    }
    int hour = colon == 1 ? s.charAt(0) - '0' : (s.charAt(0) - '0') * 10 + s.charAt(1) - '0';
    int minute = (s.charAt(colon + 1) - '0') * 10 + s.charAt(colon + 2) - '0';
    int second = seconds ? (s.charAt(colon + 4) - '0') * 10 + s.charAt(colon + 5) - '0' : 0;
    return hour <= 23 && minute <= 59 && second <= 59 ? hour * 60 + minute : -1;
  }

  /** The time at a minute of the day, one shared instance per minute. */
  static LocalTime minuteOfDay(int minute) {
    return MINUTES[minute];
  }

  /** A boxed whole number, shared for the small values every night repeats. */
  static Integer boxed(int value) {
    return value >= 0 && value < WHOLE.length ? WHOLE[value] : Integer.valueOf(value);
  }

  /** A boxed decimal, shared for whole and half values up to 100. */
  static Double boxed(double value) {
    double twice = value * 2;
    if (twice >= 0 && twice < HALVES.length && twice == Math.rint(twice) && !isNegativeZero(value)) {
      return HALVES[(int) twice];
    }
    return value;
  }

  private static boolean isNegativeZero(double value) {
    return value == 0 && Double.doubleToRawLongBits(value) != 0;
  }

  /** The index after the ASCII digits starting at {@code from}. */
  private static int digitsUpTo(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
