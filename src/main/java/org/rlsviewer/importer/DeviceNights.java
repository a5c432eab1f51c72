package org.rlsviewer.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.rlsviewer.domain.DeviceNight;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;

/**
 * A sleep tracker's import read as device nights, the second source beside a patient's diary:
 * each night's measures are taken from the values the tracker readers put on it (bedtime, wake
 * time, awakenings, notes and the {@code device ...} extras of {@link TrackerNights}), so every
 * reader feeds them without a change of its own.
 */
public final class DeviceNights {

  private static final Set<String> TRACKER_FORMATS = Set.of("sleep-as-android", "plees-tracker", "sleepmeter",
      "fitbit", "apple-health", "oura");

  private DeviceNights() {}

  /** Whether this import is a sleep tracker's export (whatever else the patient sent). */
  public static boolean isTracker(ImportResult imported) {
    return TRACKER_FORMATS.contains(imported.report().format());
  }

  /** The tracker's nights as device nights; empty for an import that is no tracker's. */
  public static List<DeviceNight> of(ImportResult imported) {
    if (!isTracker(imported)) {
      return List.of();
    }
    String format = imported.report().format();
    List<DeviceNight> nights = new ArrayList<>();
    for (DiaryEntry e : imported.diary().entries()) {
      nights.add(night(e, format));
    }
    return nights;
  }

  private static DeviceNight night(DiaryEntry e, String format) {
    Map<String, String> x = e.extras();
    String source = x.getOrDefault(TrackerNights.SOURCE, format);
    Integer restless = firstInt(x, "restless (min)");
    return new DeviceNight(e.date(), source, format, e.bedtime(), e.wakeTime(),
        integer(x.get(TrackerNights.TIME_IN_BED)), integer(x.get(TrackerNights.ASLEEP)),
        integer(x.get(TrackerNights.AWAKE)), e.awakenings(), decimal(firstMatching(x, "movement (")),
        restless, integer(x.get(TrackerNights.SNORE)), integer(firstMatching(x, "breathing disturbance")),
        integer(firstMatching(x, "spo2 dips")), e.notes());
  }

  private static Integer firstInt(Map<String, String> x, String... keys) {
    for (String k : keys) {
      Integer n = integer(x.get(k));
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  /** The value of the first extra whose name contains the words (any case), or null. */
  private static String firstMatching(Map<String, String> x, String words) {
    return x.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains(words))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /** A whole number (a decimal is rounded); values joined from several sessions ("3 | 4") are summed. */
  private static Integer integer(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    double sum = 0;
    for (String part : value.split("\\|")) {
      OptionalDouble d = TrackerCells.decimal(part.strip());
      if (d.isEmpty()) {
        return null;
      }
      sum += d.getAsDouble();
    }
    return (int) Math.round(sum);
  }

  private static Double decimal(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    OptionalDouble d = TrackerCells.decimal(value.split("\\|")[0].strip());
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
