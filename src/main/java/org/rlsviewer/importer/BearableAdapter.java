package org.rlsviewer.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bearable exports: {@code date,weekday,time of day,category,rating/amount,detail,notes}, one row
 * per reading, many per day. Dates look like {@code 22nd Sep 2020}; the time of day is a clock time
 * or a part of the day ({@code pre}, {@code am}, {@code mid}, {@code pm}, {@code all day}).
 *
 * <p>Mapped: a symptom named like restless legs (its 0-4 rating on the 0-10 severity scale, see
 * {@link FormatAdapter#severityFromFivePointRating}); a magnesium supplement in mg (dose and form);
 * other medicines and supplements with their doses; sleep (the wake time from
 * {@code Asleep 01:30 - 10:00}) and sleep quality (Bearable's 1-5 scale is the diary's). Sleep rows
 * describe the night before their date. Everything else (mood, energy, other symptoms, factors,
 * food, gratitudes...) is kept as extras named after the category.
 */
final class BearableAdapter extends TrackerAdapter {

  static final String NAME = "bearable";
  private final DateReader dates = new DateReader(DateReader.Style.WRITTEN, null);
  private static final Pattern NAME_AND_UNIT = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*");
  private static final Pattern ASLEEP = Pattern.compile(
      "(?i).*asleep\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2}).*");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,6}(?:[.,]0+)?");
  private static final Pattern SUPPLEMENT = Pattern.compile(
      "(?i).*(iron|ferrous|ferric|vitamin|folic|folate|b12|zinc|omega|fish oil|supplement).*");

  BearableAdapter(List<String> headers) {
    super(headers, NAME, List.of("mood", "symptoms", "factors"));
  }

  static boolean recognises(List<String> h) {
    return h.containsAll(List.of("date", "time_of_day", "category", "rating/amount", "detail"));
  }

  @Override
  Optional<String> dateLanguage() {
    return dates.languageRemark();
  }

  @Override
  Outcome readRow(int line, List<String> cells) {
    String dateText = cell(cells, "date");
    Optional<LocalDate> date = dates.read(dateText);
    if (date.isEmpty()) {
      return Outcome.rejected(dateText.isEmpty() ? "missing date"
          : "bad date \"" + CellParser.shorten(dateText) + "\" (expected a date such as 22nd Sep 2020)");
    }
    LocalDate day = date.get();
    String category = cell(cells, "category");
    String rating = cell(cells, "rating/amount");
    String detail = cell(cells, "detail");
    EntryBuilder b = new EntryBuilder();
    b.notes = cell(cells, "notes");
    boolean aboutLastNight = false;
    switch (category.toLowerCase(Locale.ROOT)) {
      case "symptom" -> symptom(b, rating, detail);
      case "meds/supplements" -> medicine(b, rating, detail);
      case "sleep" -> {
        aboutLastNight = true;
        Matcher m = ASLEEP.matcher(detail);
        if (m.matches()) {
          b.wakeTime = CellParser.timeOfDay(m.group(2)).orElse(null);
        }
        b.extra("sleep", join(rating, detail));
      }
      case "sleep quality" -> {
        aboutLastNight = true;
        if (rating.matches("[1-5]")) {
          b.sleepQuality = Integer.parseInt(rating);
        } else {
          b.extra("sleep quality", join(rating, detail));
        }
      }
      case "sleep factors" -> {
        aboutLastNight = true;
        b.extra("sleep factors", join(rating, detail));
      }
      case "" -> b.extra("other", join(rating, detail));
      default -> b.extra(category.toLowerCase(Locale.ROOT), join(rating, detail));
    }
    if (b.notes.equals(".") || b.notes.matches("\\.?\\s*\\(synced from [^)]*\\)")) {
      b.extra("notes", b.notes);
      b.notes = "";
    }
    return Outcome.of(place(line, day, cell(cells, "time of day"), aboutLastNight, b));
  }

  private static void symptom(EntryBuilder b, String rating, String detail) {
    Matcher m = NAME_AND_UNIT.matcher(detail);
    String name = m.matches() ? m.group(1) : detail;
    if (namesRestlessLegs(name) && rating.matches("[0-4]")) {
      b.severity = severityFromFivePointRating(Integer.parseInt(rating));
      b.extra("restless legs (Bearable 0-4)", rating + (m.matches() ? " (" + m.group(2) + ")" : ""));
    } else {
      b.extra("symptoms", detail.isEmpty() ? rating : detail);
    }
  }

  private static void medicine(EntryBuilder b, String amount, String detail) {
    Matcher m = NAME_AND_UNIT.matcher(detail);
    String name = m.matches() ? m.group(1).strip() : detail.strip();
    String unit = m.matches() ? m.group(2).strip() : "";
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("magnesium") && unit.equalsIgnoreCase("mg") && WHOLE.matcher(amount).matches()) {
      b.magnesiumMg = Integer.parseInt(amount.replaceAll("[.,]0+$", ""));
      String form = lower.replace("magnesium", "").replaceAll("[^\\p{L} ]", " ").strip();
      b.magnesiumForm = form;
      return;
    }
    String dose = amount.isEmpty() ? name : name + " " + amount + (unit.isEmpty() ? "" : " " + unit);
    if (SUPPLEMENT.matcher(name).matches() || lower.contains("magnesium")) {
      b.supplements = dose;
    } else {
      b.medications = dose;
    }
  }

  /** A part of the day becomes a representative time for ordering; "pre" is before the morning. */
  private static RowPart place(int line, LocalDate day, String timeOfDay, boolean aboutLastNight, EntryBuilder b) {
    if (aboutLastNight) {
      return RowPart.forNight(line, day.minusDays(1), day.atStartOfDay(), b);
    }
    Optional<LocalTime> clock = CellParser.timeOfDay(timeOfDay);
    if (clock.isPresent()) {
      return RowPart.atTime(line, day, clock.get(), b);
    }
    return switch (timeOfDay.toLowerCase(Locale.ROOT)) {
      case "pre" -> RowPart.forNight(line, day.minusDays(1), day.atTime(3, 0), b);
      case "am" -> RowPart.forNight(line, day, day.atTime(9, 0), b);
      case "mid" -> RowPart.forNight(line, day, day.atTime(14, 0), b);
      case "pm" -> RowPart.forNight(line, day, day.atTime(20, 0), b);
      default -> RowPart.forNight(line, day, LocalDateTime.of(day, LocalTime.MIDNIGHT), b);
    };
  }

  private static String join(String rating, String detail) {
    if (rating.isEmpty()) {
      return detail;
    }
    return detail.isEmpty() ? rating : rating + " (" + detail + ")";
  }
}
