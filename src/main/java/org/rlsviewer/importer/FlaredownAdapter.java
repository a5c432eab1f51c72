package org.rlsviewer.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flaredown check-ins: {@code user_id,age,sex,country,checkin_date,trackable_id,trackable_type,
 * trackable_name,trackable_value}, one row per tracked item, ISO dates, no time of day.
 *
 * <p>Mapped: a condition or symptom named like restless legs (0-4, on the 0-10 severity scale as
 * for Bearable) and a magnesium treatment with a dose in mg; other treatments become medications
 * with their dose as written. Other conditions and symptoms, tags, foods, weather, age, sex and
 * country are kept as extras. The public data set mixes many people: only the first person's rows
 * are imported, the others are rejected, so two patients are never merged into one diary.
 */
final class FlaredownAdapter extends FormatAdapter {

  static final String NAME = "flaredown";
  private static final Pattern MG_DOSE = Pattern.compile("(\\d{1,6})(?:[.,]0+)?\\s*mg", Pattern.CASE_INSENSITIVE);

  private String person;

  FlaredownAdapter(List<String> headers) {
    super(headers);
  }

  static boolean recognises(List<String> h) {
    return h.containsAll(List.of("checkin_date", "trackable_type", "trackable_name", "trackable_value"));
  }

  @Override
  String name() {
    return NAME;
  }

  @Override
  List<String> extraKeys() {
    return List.of("conditions", "symptoms", "tags", "foods", "weather");
  }

  @Override
  Outcome read(int line, List<String> cells) {
    String width = widthProblem(cells);
    if (width != null) {
      return Outcome.rejected(width);
    }
    String user = cell(cells, "user_id");
    if (person == null) {
      person = user;
    } else if (!person.equals(user)) {
      return Outcome.rejected("check-in of another person (user_id differs from the first row's)");
    }
    String dateText = cell(cells, "checkin_date");
    Optional<LocalDate> day = DateReader.isoDate(dateText);
    if (day.isEmpty()) {
      return Outcome.rejected(dateText.isEmpty() ? "missing checkin_date"
          : "bad checkin_date \"" + CellParser.shorten(dateText) + "\" (expected yyyy-MM-dd)");
    }
    String type = cell(cells, "trackable_type").toLowerCase(Locale.ROOT);
    String name = cell(cells, "trackable_name");
    String value = cell(cells, "trackable_value");
    EntryBuilder b = new EntryBuilder();
    switch (type) {
      case "condition", "symptom" -> {
        if (namesRestlessLegs(name) && value.matches("[0-4](?:\\.0)?")) {
          b.severity = severityFromFivePointRating(value.charAt(0) - '0');
          b.extra("restless legs (Flaredown 0-4)", value);
        } else {
          b.extra(type.equals("condition") ? "conditions" : "symptoms", withValue(name, value));
        }
      }
      case "treatment" -> {
        Matcher dose = MG_DOSE.matcher(value);
        if (name.toLowerCase(Locale.ROOT).contains("magnesium") && dose.matches()) {
          b.magnesiumMg = Integer.parseInt(dose.group(1));
        } else {
          b.medications = value.isEmpty() ? name : name + " " + value;
        }
      }
      case "tag" -> b.extra("tags", name);
      case "food" -> b.extra("foods", name);
      case "weather" -> b.extra("weather " + name, value);
      default -> b.extra(type.isEmpty() ? "other" : type, withValue(name, value));
    }
    b.extra("age", cell(cells, "age").equals("0") ? "" : cell(cells, "age"));
    b.extra("sex", cell(cells, "sex"));
    b.extra("country", cell(cells, "country"));
    return Outcome.of(RowPart.forNight(line, day.get(), null, b));
  }

  private static String withValue(String name, String value) {
    return value.isEmpty() ? name : name + " (" + value + ")";
  }
}
