package org.rlsviewer.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Oura's sleep CSV: the web export's trends file ({@code date,Sleep Score,...,Total Sleep Duration,
 * Total Bedtime,Awake Time,...,Bedtime Start,Bedtime End,...}) and the app data's
 * {@code sleep.csv} ({@code ;}-separated, {@code bedtime_start;bedtime_end;total_sleep_duration;
 * time_in_bed;awake_time;...}). Columns are found by name, whatever their case and spacing; times
 * are ISO with an offset and read as the local time written; durations are in seconds.
 *
 * <p>Mapped: bedtime and wake time, minutes asleep and awake, sleep latency. A day without a sleep
 * (empty bedtime) is rejected as such. Kept as extras: sleep score, efficiency, restless sleep,
 * lowest heart rate, HRV, breathing rate, temperature deviation and the sleep type.
 */
final class OuraReader {

  private static final List<String> EXTRAS = List.of("sleep_score", "score", "sleep_efficiency", "efficiency",
      "restless_sleep", "restless_periods", "lowest_resting_heart_rate", "lowest_heart_rate",
      "average_hrv", "respiratory_rate", "average_breath", "temperature_deviation_(°c)", "temperature_deviation",
      "breathing_disturbance_index", "type");

  private OuraReader() {}

  static void read(Reader text, TrackerNights nights) throws IOException {
    TrackerLines lines = new TrackerLines(text, line -> line.matches("\\d{4}-\\d{2}-\\d{2}[,;].*"));
    List<String> header = null;
    char delimiter = ',';
    TrackerLines.Line line;
    while ((line = lines.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      if (header == null) {
        delimiter = line.text().indexOf(';') >= 0 && line.text().indexOf(',') < 0 ? ';' : ',';
        List<String> cells = line.cells(delimiter);
        header = cells == null ? List.of() : cells.stream().map(OuraReader::normalise).toList();
        continue;
      }
      List<String> cells = line.cells(delimiter);
      String problem = cells == null ? "the quotes of this row are broken" : readRow(line.number(), header, cells, nights);
      if (problem != null) {
        nights.reject(line.number(), problem, line.text());
      }
    }
  }

  static String normalise(String header) {
    return header.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "_");
  }

  private static String readRow(int number, List<String> header, List<String> cells, TrackerNights nights) {
    if (cells.size() > header.size() && !CsvCells.allBlank(cells.subList(header.size(), cells.size()))) {
      return "row has " + cells.size() + " fields, header has " + header.size();
    }
    String startText = TrackerCells.at(cells, header.indexOf("bedtime_start"));
    String endText = TrackerCells.at(cells, header.indexOf("bedtime_end"));
    if (startText.isEmpty() && endText.isEmpty()) {
      return "no sleep recorded on this day (empty Bedtime Start and Bedtime End)";
    }
    Optional<LocalDateTime> start = dateTime(startText);
    Optional<LocalDateTime> end = dateTime(endText);
    if (start.isEmpty()) {
      return TrackerCells.describe("Bedtime Start", startText, "a date and time (expected yyyy-MM-ddTHH:mm:ss+hh:mm)");
    }
    if (end.isEmpty()) {
      return TrackerCells.describe("Bedtime End", endText, "a date and time (expected yyyy-MM-ddTHH:mm:ss+hh:mm)");
    }
    if (end.get().isBefore(start.get()) || end.get().isAfter(start.get().plusDays(2))) {
      return "Bedtime End " + endText + " is not within 48 hours after Bedtime Start " + startText;
    }
    TrackerSession.Builder s = new TrackerSession.Builder();
    s.start = start.get();
    s.end = end.get();
    s.asleepMin = minutesOfSeconds(cells, header, "total_sleep_duration");
    s.awakeMin = minutesOfSeconds(cells, header, "awake_time");
    Integer latency = minutesOfSeconds(cells, header, "sleep_latency");
    s.latencyMin = latency == null ? minutesOfSeconds(cells, header, "latency") : latency;
    for (String name : EXTRAS) {
      s.extra("oura " + name.replace('_', ' '), TrackerCells.at(cells, header.indexOf(name)));
    }
    nights.add(s.build(number));
    return null;
  }

  private static Integer minutesOfSeconds(List<String> cells, List<String> header, String name) {
    OptionalDouble seconds = TrackerCells.decimal(TrackerCells.at(cells, header.indexOf(name)));
    if (seconds.isEmpty() || seconds.getAsDouble() < 0 || seconds.getAsDouble() > 2 * 86_400) {
      return null;
    }
    return (int) Math.round(seconds.getAsDouble() / 60);
  }

  private static Optional<LocalDateTime> dateTime(String raw) {
    try {
      return Optional.of(OffsetDateTime.parse(raw.strip()).toLocalDateTime());
    } catch (DateTimeParseException notWithOffset) {
      try {
        return Optional.of(LocalDateTime.parse(raw.strip().replace(' ', 'T')));
      } catch (DateTimeParseException notLocal) {
        return Optional.empty();
      }
    }
  }
}
