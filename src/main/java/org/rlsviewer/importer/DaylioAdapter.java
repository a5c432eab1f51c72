package org.rlsviewer.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Daylio mood-diary exports: {@code full_date,date,weekday,time,mood,activities[,scales][,note_title],note}
 * or, before about 2018, {@code year,date,...}. One row per entry, newest first, 12- and 24-hour
 * times mixed. Only the notes correspond to a diary field (HTML removed; title and note joined);
 * mood, activities and each scale ({@code Sleep Quality: 8/10 points}) are kept as extras, because a
 * mood is not a severity and a 1-10 sleep rating is not the diary's 1-5 scale.
 */
final class DaylioAdapter extends TrackerAdapter {

  static final String NAME = "daylio";
  private final DateReader written = new DateReader(DateReader.Style.WRITTEN, null);

  DaylioAdapter(List<String> headers) {
    super(headers, NAME, List.of("mood", "activities"));
  }

  static boolean recognises(List<String> normalisedHeaders) {
    return (normalisedHeaders.contains("full_date") || normalisedHeaders.contains("year"))
        && normalisedHeaders.containsAll(List.of("date", "weekday", "time", "mood", "activities"));
  }

  @Override
  Optional<String> dateLanguage() {
    return written.languageRemark();
  }

  @Override
  Outcome readRow(int line, List<String> cells) {
    List<String> problems = new ArrayList<>();
    Optional<LocalDate> day = day(cells);
    if (day.isEmpty()) {
      String shown = hasColumn("full_date") ? cell(cells, "full_date") : cell(cells, "date");
      problems.add(shown.isEmpty() ? "missing full_date" : "bad date \"" + CellParser.shorten(shown) + "\"");
    }
    String timeText = cell(cells, "time");
    Optional<LocalTime> time = CellParser.timeOfDay(timeText);
    if (time.isEmpty()) {
      problems.add(timeText.isEmpty() ? "missing time" : "time \"" + CellParser.shorten(timeText)
          + "\" is not a time of day");
    }
    if (!problems.isEmpty()) {
      return Outcome.rejected(String.join("; ", problems));
    }
    EntryBuilder b = new EntryBuilder();
    String title = NoteText.fromHtml(cell(cells, "note_title")).strip();
    String note = NoteText.fromHtml(cell(cells, "note")).strip();
    b.notes = title.isEmpty() ? note : note.isEmpty() ? title : title + "\n" + note;
    b.extra("mood", cell(cells, "mood"));
    b.extra("activities", cell(cells, "activities"));
    for (String scale : cell(cells, "scales").split("\\s+\\|\\s+")) {
      int colon = scale.indexOf(':');
      if (colon > 0) {
        b.extra(scale.substring(0, colon).strip(), scale.substring(colon + 1));
      } else {
        b.extra("scales", scale);
      }
    }
    return Outcome.of(RowPart.atTime(line, day.get(), time.get(), b));
  }

  private Optional<LocalDate> day(List<String> cells) {
    if (hasColumn("full_date")) {
      return DateReader.isoDate(cell(cells, "full_date"));
    }
    String year = cell(cells, "year");
    if (!year.matches("\\d{4}")) {
      return Optional.empty();
    }
    return written.read(cell(cells, "date"), OptionalInt.of(Integer.parseInt(year)));
  }
}
