package org.rlsviewer.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sleep Cycle's {@code sleepdata.csv} ({@code ;}-separated): the old layout
 * {@code Start;End;Sleep quality;Time in bed;Wake up;Sleep Notes;Heart rate;Activity (steps)} and the
 * 2019+ layout with {@code Regularity, Mood, ..., Did snore, Snore time, ..., Notes}. One row per
 * sleep session; an em dash means no value.
 *
 * <p>Mapped: bedtime (start) and wake time (end), snoring ({@code Did snore}), and the session notes
 * (tags joined by {@code :}, shown joined by {@code ; }). A session starting before noon belongs to
 * the previous evening's night; one from noon to 18:00 on the same afternoon is kept as a nap
 * (extra), not as a bedtime. Several sessions of one night merge (earliest bedtime, latest wake). Sleep quality (a percentage, not the diary's 1-5 scale), the
 * wake-up mood, time in bed, heart rate, steps, weather and the rest are kept as extras.
 */
final class SleepCycleAdapter extends TrackerAdapter {

  static final String NAME = "sleep-cycle";
  private static final Pattern DATE_TIME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2})?)");
  private static final List<String> MAPPED = List.of("start", "end", "did_snore", "sleep_notes", "notes");

  SleepCycleAdapter(List<String> headers) {
    super(headers, NAME, unmappedColumns(headers));
  }

  static boolean recognises(List<String> h) {
    return h.size() >= 3 && h.get(0).equals("start") && h.get(1).equals("end") && h.contains("sleep_quality");
  }

  /** The columns kept as extras: all but those mapped to diary fields. */
  private static List<String> unmappedColumns(List<String> headers) {
    return headers.stream()
        .filter(h -> !MAPPED.contains(org.rlsviewer.domain.DiaryField.normaliseHeader(h)))
        .map(String::strip).toList();
  }

  @Override
  Outcome readRow(int line, List<String> cells) {
    List<String> problems = new ArrayList<>();
    Optional<LocalDateTime> start = dateTime(cell(cells, "start"), "Start", problems);
    Optional<LocalDateTime> end = dateTime(cell(cells, "end"), "End", problems);
    EntryBuilder b = new EntryBuilder();
    String snore = cell(cells, "did snore");
    if (!snore.isEmpty()) {
      CellParser p = new CellParser();
      b.snoring = p.yesNo(headerNamed("did_snore"), snore);
      problems.addAll(p.problems());
    }
    if (!problems.isEmpty()) {
      return Outcome.rejected(String.join("; ", problems));
    }
    LocalTime from = start.get().toLocalTime().withSecond(0);
    LocalTime to = end.get().toLocalTime().withSecond(0);
    if (TrackerNights.isNap(start.get(), end.get())) {
      b.extra("nap", from + "-" + to);
    } else {
      b.bedtime = from;
      b.wakeTime = to;
    }
    String notes = hasColumn("sleep_notes") ? cell(cells, "sleep_notes") : cell(cells, "notes");
    b.notes = String.join("; ", java.util.Arrays.stream(notes.split(":"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList());
    for (int i = 0; i < headers().size(); i++) {
      String header = headers().get(i).strip();
      if (!MAPPED.contains(org.rlsviewer.domain.DiaryField.normaliseHeader(header))) {
        b.extra(header, cellAt(cells, i));
      }
    }
    LocalDate startDay = start.get().toLocalDate();
    LocalDate night = start.get().getHour() < 12 ? startDay.minusDays(1) : startDay;
    return Outcome.of(RowPart.forNight(line, night, start.get(), b));
  }

  private String headerNamed(String normalised) {
    return headers().stream().filter(h -> org.rlsviewer.domain.DiaryField.normaliseHeader(h).equals(normalised))
        .findFirst().orElse(normalised).strip();
  }

  private static Optional<LocalDateTime> dateTime(String raw, String column, List<String> problems) {
    Matcher m = DATE_TIME.matcher(raw);
    if (m.matches()) {
      Optional<LocalDate> day = DateReader.isoDate(m.group(1));
      Optional<LocalTime> time = CellParser.timeOfDay(m.group(2));
      if (day.isPresent() && time.isPresent()) {
        return Optional.of(day.get().atTime(time.get()));
      }
    }
    problems.add(raw.isEmpty() ? "missing " + column
        : column + " \"" + CellParser.shorten(raw) + "\" is not a date and time (expected yyyy-MM-dd HH:mm:ss)");
    return Optional.empty();
  }
}
