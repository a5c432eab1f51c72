package org.rlsviewer.domain.figures;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How the diary's figures are written, in one place for the command line, the window and the PDF.
 * {@link #TEXT} is the command line's plain output, which scripts read: ASCII only, one decimal
 * always ({@code 6.0}, {@code +0.5}, {@code -} for a figure with no night behind it).
 * {@link #DISPLAY} is what a person reads in the window and the PDF: whole numbers without
 * {@code .0}, a true minus sign, an en dash for a missing figure.
 */
public enum FigureFormat {
  TEXT("-", "-", "-", "+inf", "-inf"),
  DISPLAY("\u2013", "\u2013", "\u2212", "+\u221e", "\u2212\u221e");

  private final String missing;
  private final String rangeDash;
  private final String minus;
  private final String plusInfinity;
  private final String minusInfinity;

  FigureFormat(String missing, String rangeDash, String minus, String plusInfinity, String minusInfinity) {
    this.missing = missing;
    this.rangeDash = rangeDash;
    this.minus = minus;
    this.plusInfinity = plusInfinity;
    this.minusInfinity = minusInfinity;
  }

  /** What stands for a figure with no recorded night behind it. */
  public String missing() {
    return missing;
  }

  /** A median or mean: {@code 6.5}; TEXT writes {@code 6.0}, DISPLAY {@code 6}. */
  public String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : missing;
  }

  public String number(double value) {
    if (this == DISPLAY && value == Math.rint(value) && !Double.isInfinite(value)) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A change or shift with its sign: {@code +1.5}, {@code -0.5} (DISPLAY {@code −0.5}); no change is unsigned. */
  public String signed(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? plusInfinity : minusInfinity;
    }
    if (this == TEXT) {
      return value == 0 ? "0.0" : String.format(Locale.ROOT, "%+.1f", value);
    }
    String n = number(Math.abs(value));
    return value > 0 ? "+" + n : value < 0 ? minus + n : "0";
  }

  public String signed(OptionalDouble value) {
    return value.isPresent() ? signed(value.getAsDouble()) : missing;
  }

  /** A two-sided p-value: {@code p = 0.012}, or {@code p < 0.001}. */
  public String pValue(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }

  public String pValue(OptionalDouble p) {
    return p.isPresent() ? pValue(p.getAsDouble()) : missing;
  }

  /** A duration in whole minutes: {@code 25 min}. */
  public String minutes(OptionalDouble value) {
    return value.isPresent() ? wholeNumber(value.getAsDouble()) + " min" : missing;
  }

  /** A percentage already on the 0-100 scale, whole: {@code 91%}. */
  public String percent(OptionalDouble value) {
    return value.isPresent() ? percent(value.getAsDouble()) : missing;
  }

  public String percent(double value) {
    return wholeNumber(value) + "%";
  }

  /** A share on the 0-1 scale as a whole percentage: 0.914 is {@code 91%}. */
  public String share(OptionalDouble fraction) {
    return fraction.isPresent() ? percent(fraction.getAsDouble() * 100) : missing;
  }

  /** A dose or other figure rounded to a whole number, half up: {@code 250}. */
  public String wholeNumber(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  /** The lowest and highest rating: {@code 2-7} (DISPLAY with an en dash), empty when unrated. */
  public String range(OptionalInt min, OptionalInt max) {
    return min.isPresent() && max.isPresent() ? min.getAsInt() + rangeDash + max.getAsInt() : "";
  }

  /** A stretch of nights: {@code 2024-01-01 to 2024-01-07}. */
  public String dates(LocalDate first, LocalDate last) {
    return first + " to " + last;
  }

  /** A count with its noun: {@code 1 night}, {@code 26 nights}. */
  public static String plural(long count, String noun) {
    return plural(count, noun, noun + "s");
  }

  public static String plural(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  private static final java.util.regex.Pattern MAYBE_PLURAL =
      java.util.regex.Pattern.compile("(?<![\\d.,])(\\d+) ([A-Za-z]+)\\(s\\)");
  private static final java.util.regex.Pattern ONE_NIGHTS = java.util.regex.Pattern.compile("(?<![\\d.,])1 nights\\b");

  /**
   * A text whose counts were filled into a template, with real plurals: {@code 1 night(s)} becomes
   * {@code 1 night}, {@code 26 night(s)} {@code 26 nights}, and {@code 1 nights} {@code 1 night}
   * (rule files, built-in or the clinic's own, write either).
   */
  public static String realPlurals(String text) {
    String out = MAYBE_PLURAL.matcher(text).replaceAll(m -> m.group(1) + " " + m.group(2)
        + (m.group(1).equals("1") ? "" : "s"));
    return ONE_NIGHTS.matcher(out).replaceAll("1 night");
  }
}
