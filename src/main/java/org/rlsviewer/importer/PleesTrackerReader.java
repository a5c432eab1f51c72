package org.rlsviewer.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Plees Tracker's export: {@code sid,start,stop,rating} (a later version adds {@code comment}),
 * one row per sleep, start and stop in epoch milliseconds, rating 0-5 (0 = not rated).
 *
 * <p>Mapped: start and stop in the computer's time zone as bedtime and wake time, the time between
 * them as minutes asleep (the app records nothing else), the rating as the diary's 1-5 sleep
 * quality, a comment as notes. Kept as extras: the rating as written.
 */
final class PleesTrackerReader {

  private PleesTrackerReader() {}

  static void read(Reader text, ZoneId zone, TrackerNights nights) throws IOException {
    TrackerLines lines = new TrackerLines(text, line -> line.matches("\\d{1,9},.*"));
    List<String> header = null;
    TrackerLines.Line line;
    while ((line = lines.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = line.cells(',');
      if (header == null) {
        header = cells == null ? List.of() : cells.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        continue;
      }
      if (cells == null) {
        nights.reject(line.number(), "the quotes of this row are broken", line.text());
        continue;
      }
      String problem = readRow(line.number(), header, cells, zone, nights);
      if (problem != null) {
        nights.reject(line.number(), problem, line.text());
      }
    }
  }

  private static String readRow(int number, List<String> header, List<String> cells, ZoneId zone,
      TrackerNights nights) {
    if (cells.size() > header.size()) {
      return "row has " + cells.size() + " fields, header has " + header.size();
    }
    String startText = TrackerCells.at(cells, header.indexOf("start"));
    String stopText = TrackerCells.at(cells, header.indexOf("stop"));
    OptionalLong start = TrackerCells.whole(startText);
    OptionalLong stop = TrackerCells.whole(stopText);
    if (start.isEmpty() || start.getAsLong() <= 0) {
      return TrackerCells.describe("start", startText, "a time in epoch milliseconds");
    }
    if (stop.isEmpty() || stop.getAsLong() <= 0) {
      return TrackerCells.describe("stop", stopText, "a time in epoch milliseconds");
    }
    long minutes = (stop.getAsLong() - start.getAsLong()) / 60_000;
    if (minutes < 0 || minutes > 2 * 1440) {
      return "stop is " + (minutes < 0 ? "before start" : "more than 48 hours after start");
    }
    TrackerSession.Builder s = new TrackerSession.Builder();
    s.start = LocalDateTime.ofInstant(Instant.ofEpochMilli(start.getAsLong()), zone);
    s.end = LocalDateTime.ofInstant(Instant.ofEpochMilli(stop.getAsLong()), zone);
    s.asleepMin = (int) minutes;
    String ratingText = TrackerCells.at(cells, header.indexOf("rating"));
    OptionalLong rating = TrackerCells.whole(ratingText);
    if (!ratingText.isEmpty() && (rating.isEmpty() || rating.getAsLong() < 0 || rating.getAsLong() > 5)) {
      return TrackerCells.describe("rating", ratingText, "a whole number 0 to 5");
    }
    if (rating.isPresent() && rating.getAsLong() > 0) {
      s.quality = (int) rating.getAsLong();
      s.extra("rating (Plees Tracker 0-5)", ratingText);
    }
    s.notes = TrackerCells.at(cells, header.indexOf("comment"));
    nights.add(s.build(number));
    return null;
  }
}
