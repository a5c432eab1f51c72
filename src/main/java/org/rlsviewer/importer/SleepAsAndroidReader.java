package org.rlsviewer.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sleep as Android's {@code sleep-export.csv}: each record is a header line of its own
 * ({@code Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,
 * LenAdjust,Geo}, then one column per 5-minute actigraphy value named by its time, then
 * {@code Event} columns), the line of values below it, and maybe a line of noise levels. The
 * number of columns changes from record to record, so each value line is read against the header
 * above it; noise lines are not records. A header without values, or values (a line starting with
 * an epoch Id) without a header, is rejected as a broken record.
 *
 * <p>Mapped: the start from {@code Id} (epoch milliseconds) in the zone {@code Tz} (From as written
 * when they are unusable), the end from {@code To}; {@code Hours} as minutes asleep; {@code Rating}
 * (0-5, 0 = not rated) rounded to the diary's 1-5 sleep quality; {@code Comment} as notes, its
 * #tags written as words ({@code #snore_2x} reads "snore 2x"); {@code Snore} (seconds, -1 = off)
 * as snoring minutes; {@code AWAKE_START} events counted as awakenings. Kept as extras: the rating
 * as written, the tags, noise, cycles, deep sleep share, the mean movement of the actigraphy.
 */
final class SleepAsAndroidReader {

  private static final Pattern FROM_TO =
      Pattern.compile("(?<day>\\d{1,2})\\.\\s?(?<month>\\d{1,2})\\.\\s?(?<year>\\d{4})\\s+(?<hour>\\d{1,2}):(?<minute>\\d{2})");
  private static final Pattern TAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");
  private static final Pattern ACTIGRAPHY_COLUMN = Pattern.compile("\\d{1,2}:\\d{2}");

  private SleepAsAndroidReader() {}

  static void read(Reader text, TrackerNights nights) throws IOException {
    TrackerLines lines = new TrackerLines(text, line -> line.startsWith("\"Id\",") || line.startsWith("Id,")
        || line.matches("\"\\d{10,15}\",.*"));
    List<String> header = null;
    TrackerLines.Line headerLine = null;
    TrackerLines.Line line;
    boolean valuesRead = true;
    while ((line = lines.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = line.cells(',');
      if (cells != null && !cells.isEmpty() && cells.get(0).strip().equals("Id")) {
        if (!valuesRead) {
          nights.reject(headerLine.number(), "a record's header line without its line of values", headerLine.text());
        }
        header = cells;
        headerLine = line;
        valuesRead = false;
        continue;
      }
      if (valuesRead) {
        if (cells != null && !cells.isEmpty() && cells.get(0).strip().matches("\\d{10,15}")) {
          nights.reject(line.number(), "a record's line of values without its header line (Id,Tz,From,To,...)",
              line.text());
        }
        continue; // a noise line
      }
      valuesRead = true;
      if (cells == null) {
        nights.reject(line.number(), "the quotes of this record are broken (a cell that starts with \""
            + " needs a closing \")", line.text());
        continue;
      }
      readRecord(line, header, cells, nights);
    }
    if (!valuesRead) {
      nights.reject(headerLine.number(), "a record's header line without its line of values", headerLine.text());
    }
  }

  private static void readRecord(TrackerLines.Line line, List<String> header, List<String> cells,
      TrackerNights nights) {
    Columns c = new Columns(header, cells);
    List<String> problems = new ArrayList<>();
    LocalDateTime from = dateTime(c.get("From"));
    Optional<LocalDateTime> fromId = fromId(c.get("Id"), c.get("Tz"));
    LocalDateTime start = fromId.orElse(from);
    if (start == null) {
      problems.add(TrackerCells.describe("From", c.get("From"), "a date and time (expected dd. MM. yyyy H:mm)"));
    }
    OptionalDouble hours = TrackerCells.decimal(c.get("Hours"));
    LocalDateTime end = dateTime(c.get("To"));
    if (end == null && start != null && hours.isPresent()) {
      end = start.plusMinutes(Math.round(hours.getAsDouble() * 60));
    }
    if (end == null) {
      problems.add(TrackerCells.describe("To", c.get("To"), "a date and time (expected dd. MM. yyyy H:mm)"));
    } else if (start != null && end.isBefore(start)) {
      if (hours.isPresent() && fromId.isPresent()) {
        end = start.plusMinutes(Math.round(hours.getAsDouble() * 60)); // a DST change between From and To
      } else {
        problems.add("To " + c.get("To") + " is before From " + c.get("From"));
      }
    }
    if (start != null && end != null && end.isAfter(start.plusDays(2))) {
      problems.add("the record lasts more than 48 hours (From " + c.get("From") + ", To " + c.get("To") + ")");
    }
    if (!problems.isEmpty()) {
      nights.reject(line.number(), String.join("; ", problems), line.text());
      return;
    }
    TrackerSession.Builder s = new TrackerSession.Builder();
    s.start = start;
    s.end = end;
    if (hours.isPresent() && hours.getAsDouble() >= 0 && hours.getAsDouble() <= 48) {
      s.asleepMin = (int) Math.round(hours.getAsDouble() * 60);
    }
    OptionalDouble rating = TrackerCells.decimal(c.get("Rating"));
    if (rating.isPresent() && rating.getAsDouble() > 0 && rating.getAsDouble() <= 5) {
      s.quality = (int) Math.max(1, Math.min(5, Math.round(rating.getAsDouble())));
      s.extra("rating (Sleep as Android 0-5)", c.get("Rating"));
    }
    String comment = c.get("Comment").replace(" \\n ", "\n").replace("\\n", "\n");
    List<String> tags = new ArrayList<>();
    Matcher tag = TAG.matcher(comment);
    while (tag.find()) {
      tags.add("#" + tag.group(1));
    }
    s.notes = TAG.matcher(comment).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace('_', ' ')))
        .replaceAll("[ \\t]+", " ").strip();
    s.extra("tags", String.join(" ", tags));
    OptionalDouble snore = TrackerCells.decimal(c.get("Snore"));
    if (snore.isPresent() && snore.getAsDouble() >= 0) {
      s.snoreMin = (int) Math.round(snore.getAsDouble() / 60);
    }
    s.extra("noise (Sleep as Android)", c.get("Noise"));
    OptionalDouble cycles = TrackerCells.decimal(c.get("Cycles"));
    if (cycles.isPresent() && cycles.getAsDouble() >= 0) {
      s.extra("sleep cycles", c.get("Cycles"));
    }
    OptionalDouble deep = TrackerCells.decimal(c.get("DeepSleep"));
    if (deep.isPresent() && deep.getAsDouble() >= 0 && deep.getAsDouble() <= 1) {
      s.extra("deep sleep share", c.get("DeepSleep"));
    }
    readColumns(header, cells, s);
    nights.add(s.build(line.number()));
  }

  /** Actigraphy columns give the mean movement; AWAKE_START events count awakenings. */
  private static void readColumns(List<String> header, List<String> cells, TrackerSession.Builder s) {
    double movement = 0;
    int values = 0;
    int awake = 0;
    boolean events = false;
    for (int i = 0; i < header.size() && i < cells.size(); i++) {
      String name = header.get(i).strip();
      String value = cells.get(i).strip();
      if (ACTIGRAPHY_COLUMN.matcher(name).matches()) {
        OptionalDouble v = TrackerCells.decimal(value);
        if (v.isPresent() && v.getAsDouble() >= 0) {
          movement += v.getAsDouble();
          values++;
        }
      } else if (name.equals("Event") && !value.isEmpty()) {
        events = true;
        if (value.startsWith("AWAKE_START-")) {
          awake++;
        }
      }
    }
    if (values > 0) {
      s.extra("movement (Sleep as Android, mean)", String.format(Locale.ROOT, "%.2f", movement / values));
    }
    if (events) {
      s.awakenings = awake;
    }
  }

  private static Optional<LocalDateTime> fromId(String id, String zone) {
    OptionalLong millis = TrackerCells.whole(id);
    if (millis.isEmpty() || millis.getAsLong() <= 0 || zone.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis.getAsLong()), ZoneId.of(zone)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  static LocalDateTime dateTime(String raw) {
    return TrackerCells.dateTime(FROM_TO, raw);
  }

  /** The value under the first header of a name. */
  private record Columns(List<String> header, List<String> cells) {
    String get(String name) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().equals(name)) {
          return TrackerCells.at(cells, i);
        }
      }
      return "";
    }
  }
}
