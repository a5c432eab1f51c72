package org.rlsviewer.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sleepmeter's {@code sleep_history} CSV: optional sections naming the user's own aids,
 * hindrances and tags ({@code custom_aid_id,class,name} ... each ending at a blank line), then the
 * diary section {@code wake,sleep,bedtime,holes,type,dreams,aid,hindrances,tags,quality,notes} to
 * the end. Times are {@code yyyy-MM-dd HH:mm+hhmm} and read as the local time written.
 *
 * <p>Mapped: bedtime, wake time, sleep latency (bedtime to sleep); {@code holes} (minutes after
 * falling asleep, {@code from-to|from-to}) as awakenings and minutes awake; quality 0-10 as the
 * diary's 1-5 (halved, rounded, at least 1); notes, tags and hindrances (custom ones by their
 * names) as notes. Kept as extras: quality as written, type, aids, dreams.
 */
final class SleepmeterReader {

  private static final Pattern TIME = Pattern.compile(
      "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2}) (?<hour>\\d{1,2}):(?<minute>\\d{2})([+-]\\d{4})?");
  private static final Pattern HOLE = Pattern.compile("(\\d{1,5})-(\\d{1,5})");
  private static final String DIARY_HEADER = "wake,sleep,bedtime,holes,type";

  private SleepmeterReader() {}

  static void read(Reader text, TrackerNights nights) throws IOException {
    TrackerLines lines = new TrackerLines(text, line -> line.matches("\"\\d{4}-\\d{2}-\\d{2} .*")
        || line.startsWith("custom_") || line.startsWith("wake,sleep,bedtime"));
    Map<String, Map<String, String>> custom = new HashMap<>();
    List<String> header = null;
    String section = null;
    TrackerLines.Line line;
    while ((line = lines.next()) != null) {
      if (line.isBlank()) {
        if (header == null) {
          section = null;
        }
        continue;
      }
      String lower = line.text().strip().toLowerCase(Locale.ROOT);
      if (header == null && lower.startsWith(DIARY_HEADER)) {
        header = List.of(lower.split(",")).stream().map(h -> h.replace("\"", "").strip()).toList();
        continue;
      }
      if (header == null && lower.matches("custom_(aid|hindrance|tag)_id,.*")) {
        section = lower.substring("custom_".length(), lower.indexOf("_id"));
        continue;
      }
      List<String> cells = line.cells(',');
      if (header == null) {
        if (section != null && cells != null && cells.size() >= 2) {
          custom.computeIfAbsent(section, k -> new HashMap<>())
              .put(cells.get(0).strip(), cells.get(cells.size() - 1).strip());
        }
        continue;
      }
      String problem = cells == null ? "the quotes of this row are broken"
          : readRow(line.number(), header, cells, custom, nights);
      if (problem != null) {
        nights.reject(line.number(), problem, line.text());
      }
    }
    if (header == null) {
      nights.warn("The Sleepmeter file has no diary section (wake,sleep,bedtime,...); it holds no nights.");
    }
  }

  private static String readRow(int number, List<String> header, List<String> cells,
      Map<String, Map<String, String>> custom, TrackerNights nights) {
    if (cells.size() > header.size()) {
      return "row has " + cells.size() + " fields, header has " + header.size();
    }
    Columns c = new Columns(header, cells);
    LocalDateTime bed = time(c.get("bedtime"));
    LocalDateTime sleep = time(c.get("sleep"));
    LocalDateTime wake = time(c.get("wake"));
    String expected = "a date and time (expected yyyy-MM-dd HH:mm+hhmm)";
    if (bed == null) {
      return TrackerCells.describe("bedtime", c.get("bedtime"), expected);
    }
    if (sleep == null) {
      return TrackerCells.describe("sleep", c.get("sleep"), expected);
    }
    if (wake == null) {
      return TrackerCells.describe("wake", c.get("wake"), expected);
    }
    if (sleep.isBefore(bed) || wake.isBefore(sleep) || wake.isAfter(bed.plusDays(2))) {
      return "the times are out of order (expected bedtime " + c.get("bedtime") + " <= sleep " + c.get("sleep")
          + " <= wake " + c.get("wake") + ", within 48 hours)";
    }
    TrackerSession.Builder s = new TrackerSession.Builder();
    s.start = bed;
    s.end = wake;
    s.latencyMin = (int) Duration.between(bed, sleep).toMinutes();
    long sleeping = Duration.between(sleep, wake).toMinutes();
    String holes = c.get("holes");
    int awake = 0;
    int count = 0;
    if (!holes.isEmpty()) {
      for (String hole : holes.split("\\|")) {
        Matcher m = HOLE.matcher(hole.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))
            || Integer.parseInt(m.group(2)) > sleeping) {
          return "holes \"" + CellParser.shorten(holes) + "\" is not a list of from-to minutes within the sleep";
        }
        awake += Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1));
        count++;
      }
    }
    s.awakenings = count;
    s.awakeMin = awake;
    s.asleepMin = (int) Math.max(0, sleeping - awake);
    String quality = c.get("quality");
    if (!quality.isEmpty()) {
      if (!quality.matches("\\d{1,2}") || Integer.parseInt(quality) > 10) {
        return TrackerCells.describe("quality", quality, "a whole number 0 to 10");
      }
      s.quality = Math.max(1, (int) Math.round(Integer.parseInt(quality) / 2.0));
      s.extra("quality (Sleepmeter 0-10)", quality);
    }
    List<String> notes = new ArrayList<>();
    notes.add(c.get("notes"));
    notes.add(words(c.get("tags"), custom.get("tag")));
    String hindrances = words(c.get("hindrances"), custom.get("hindrance"));
    notes.add(hindrances.isEmpty() ? "" : "hindrances: " + hindrances);
    s.notes = String.join("; ", notes.stream().filter(n -> !n.isBlank()).toList());
    s.extra("sleepmeter type", c.get("type"));
    s.extra("sleep aids", words(c.get("aid"), custom.get("aid")));
    s.extra("dreams", c.get("dreams").equals("NONE") ? "" : c.get("dreams"));
    nights.add(s.build(number));
    return null;
  }

  /** NONE or a pipe list of codes: custom codes by their names, the others as lower-case words. */
  private static String words(String codes, Map<String, String> customNames) {
    if (codes.isEmpty() || codes.equals("NONE")) {
      return "";
    }
    List<String> words = new ArrayList<>();
    for (String code : codes.split("\\|")) {
      String name = customNames == null ? null : customNames.get(code.strip());
      words.add(name != null ? name : code.strip().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return String.join(", ", words);
  }

  private static LocalDateTime time(String raw) {
    return TrackerCells.dateTime(TIME, raw);
  }

  private record Columns(List<String> header, List<String> cells) {
    String get(String name) {
      return TrackerCells.at(cells, header.indexOf(name));
    }
  }
}
