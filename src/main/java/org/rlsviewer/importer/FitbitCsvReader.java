package org.rlsviewer.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fitbit's account "Export data" CSV: sections, each a title line ({@code Body}, {@code Foods},
 * {@code Activities}, {@code Sleep}...), a header and rows, ending at a blank line. Only the Sleep
 * section ({@code Start Time,End Time,Minutes Asleep,Minutes Awake,Number of Awakenings,Time in Bed,
 * Minutes REM Sleep,Minutes Light Sleep,Minutes Deep Sleep}) holds nights; its rows are the data
 * records. Times are {@code yyyy-MM-dd h:mmAM} or {@code dd-MM-yyyy h:mm am}; numbers may have
 * thousands separators; {@code N/A} is no value.
 *
 * <p>Mapped: bedtime and wake time, minutes asleep and awake, awakenings. Kept as extras: time in
 * bed as Fitbit gives it and the REM, light and deep sleep minutes.
 */
final class FitbitCsvReader {

  private static final Pattern YEAR_FIRST =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})\\s*([AaPp][Mm])");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})\\s+(\\d{1,2}):(\\d{2})\\s*([AaPp][Mm])");
  private static final Set<String> STAGES = Set.of("minutes rem sleep", "minutes light sleep", "minutes deep sleep");

  private FitbitCsvReader() {}

  static void read(Reader text, TrackerNights nights) throws IOException, NotADiaryException {
    TrackerLines lines = new TrackerLines(text, line -> line.matches("\"\\d{1,4}-\\d{1,2}-\\d{1,4} .*"));
    boolean inSleep = false;
    boolean sawSleep = false;
    List<String> header = null;
    TrackerLines.Line line;
    while ((line = lines.next()) != null) {
      if (line.isBlank()) {
        inSleep = false;
        continue;
      }
      List<String> cells = line.cells(',');
      boolean title = cells != null && cells.size() == 1 && cells.get(0).strip().matches("[\\p{L} ]{1,40}");
      if (title && (header == null || !inSleep)) {
        inSleep = cells.get(0).strip().equalsIgnoreCase("sleep");
        sawSleep |= inSleep;
        header = null;
        continue;
      }
      if (!inSleep && line.text().startsWith("Start Time,End Time,Minutes Asleep")) {
        inSleep = true;
        sawSleep = true;
        header = null;
      }
      if (!inSleep) {
        continue;
      }
      if (header == null) {
        header = cells == null ? List.of() : cells.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        continue;
      }
      String problem = cells == null ? "the quotes of this row are broken" : readRow(line.number(), header, cells, nights);
      if (problem != null) {
        nights.reject(line.number(), problem, line.text());
      }
    }
    if (!sawSleep) {
      throw new NotADiaryException("Fitbit export: the file has no Sleep section, so it holds no nights"
          + " (export the data again with Sleep ticked).");
    }
  }

  private static String readRow(int number, List<String> header, List<String> cells, TrackerNights nights) {
    if (cells.size() > header.size()) {
      return "row has " + cells.size() + " fields, header has " + header.size();
    }
    String startText = TrackerCells.at(cells, header.indexOf("start time"));
    String endText = TrackerCells.at(cells, header.indexOf("end time"));
    Optional<LocalDateTime> start = dateTime(startText);
    Optional<LocalDateTime> end = dateTime(endText);
    String expected = "a date and time (expected yyyy-MM-dd h:mmAM or dd-MM-yyyy h:mm am)";
    if (start.isEmpty()) {
      return TrackerCells.describe("Start Time", startText, expected);
    }
    if (end.isEmpty()) {
      return TrackerCells.describe("End Time", endText, expected);
    }
    if (end.get().isBefore(start.get()) || end.get().isAfter(start.get().plusDays(2))) {
      return "End Time " + endText + " is not within 48 hours after Start Time " + startText;
    }
    TrackerSession.Builder s = new TrackerSession.Builder();
    s.start = start.get();
    s.end = end.get();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      String raw = TrackerCells.at(cells, i);
      if (i < 2 || TrackerCells.isNone(raw)) {
        continue;
      }
      Optional<Integer> value = TrackerCells.minutes(raw);
      if (value.isEmpty()) {
        return TrackerCells.describe(name, raw, "a whole number of minutes (0 to 2880)");
      }
      switch (name) {
        case "minutes asleep" -> s.asleepMin = value.get();
        case "minutes awake" -> s.awakeMin = value.get();
        case "number of awakenings" -> s.awakenings = value.get();
        case "time in bed" -> s.extra("fitbit time in bed (min)", value.get().toString());
        default -> s.extra(STAGES.contains(name) ? name.replace("minutes ", "") + " (min)" : "fitbit " + name,
            value.get().toString());
      }
    }
    nights.add(s.build(number));
    return null;
  }

  static Optional<LocalDateTime> dateTime(String raw) {
    Matcher y = YEAR_FIRST.matcher(raw.strip());
    Matcher d = DAY_FIRST.matcher(raw.strip());
    try {
      if (y.matches()) {
        return Optional.of(of(y.group(1), y.group(2), y.group(3), y.group(4), y.group(5), y.group(6)));
      }
      if (d.matches()) {
        return Optional.of(of(d.group(3), d.group(2), d.group(1), d.group(4), d.group(5), d.group(6)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static LocalDateTime of(String year, String month, String day, String hour, String minute, String half) {
    int h = Integer.parseInt(hour);
    if (h < 1 || h > 12) {
      throw new DateTimeException("hour " + h);
    }
    h = h % 12 + (half.equalsIgnoreCase("pm") ? 12 : 0);
    return LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day), h,
        Integer.parseInt(minute));
  }
}
