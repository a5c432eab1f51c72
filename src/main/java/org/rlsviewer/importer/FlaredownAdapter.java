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
 * country are kept as extras. The public data set mixes many people: the rows of the chosen person
 * ({@code --person}) are imported and the others rejected as another person's rows, so two
 * patients are never merged into one diary; with several persons and none chosen the import asks
 * ({@link AmbiguousPersonException}).
 */
final class FlaredownAdapter extends TrackerAdapter {

  static final String NAME = "flaredown";
  private static final Pattern MG_DOSE = Pattern.compile("(\\d{1,6})(?:[.,]0+)?\\s*mg", Pattern.CASE_INSENSITIVE);

  /** Rows per person, in the order persons first appear; bounded so a huge data set stays small. */
  private final java.util.Map<String, Integer> rowsByPerson = new java.util.LinkedHashMap<>();
  private static final int PERSONS_COUNTED = 10_000;
  private final Optional<String> chosen;
  private String person;
  private boolean chosenSeen;

  FlaredownAdapter(List<String> headers) {
    this(headers, Optional.empty());
  }

  FlaredownAdapter(List<String> headers, Optional<String> chosen) {
    super(headers, NAME, List.of("conditions", "symptoms", "tags", "foods", "weather"));
    this.chosen = chosen;
    this.person = chosen.orElse(null);
  }

  /**
   * After the rows: asks which person when there were several and none was chosen; refuses a
   * chosen person the file does not hold.
   */
  @Override
  org.rlsviewer.domain.ImportResult afterRows(org.rlsviewer.domain.ImportResult result, String sourceName)
      throws NotADiaryException {
    if (chosen.isPresent() && !chosenSeen && !rowsByPerson.isEmpty()) {
      throw NotADiaryException.unreadableExport(sourceName, "it holds no rows of person " + chosen.get()
          + " (--person); " + new AmbiguousPersonException(sourceName, rowsByPerson).getMessage()
              .replaceFirst("^\"[^\"]*\" ", "it "));
    }
    if (chosen.isEmpty() && rowsByPerson.size() > 1) {
      throw new AmbiguousPersonException(sourceName, rowsByPerson);
    }
    return result;
  }

  static boolean recognises(List<String> h) {
    return h.containsAll(List.of("checkin_date", "trackable_type", "trackable_name", "trackable_value"));
  }

  @Override
  Outcome readRow(int line, List<String> cells) {
    String user = cell(cells, "user_id");
    if (rowsByPerson.containsKey(user) || rowsByPerson.size() < PERSONS_COUNTED) {
      rowsByPerson.merge(user, 1, Integer::sum);
    }
    chosenSeen |= user.equals(person) && chosen.isPresent();
    if (person == null) {
      person = user;
    } else if (!person.equals(user)) {
      return Outcome.rejected("another person's row (user_id " + CellParser.shorten(user) + ", not " + person + ")");
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
