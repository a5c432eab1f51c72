package org.rlsviewer.importer;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sleep session (or one part of it, such as an Apple Health interval) read from a tracker,
 * before sessions are put on their nights by {@link TrackerNights}. Minutes are null when the
 * tracker does not give them.
 *
 * @param line the line (or record number) the session was read from
 * @param asleepIntervals true when the session is an interval of sleep whose minutes are counted
 *     from its start and end rather than given
 */
record TrackerSession(
    int line, LocalDateTime start, LocalDateTime end, Integer asleepMin, Integer awakeMin, Integer awakenings,
    Integer snoreMin, Integer latencyMin, Integer quality, String notes, Map<String, String> extras) {

  TrackerSession {
    notes = notes == null ? "" : notes.strip();
    extras = extras == null ? Map.of() : new LinkedHashMap<>(extras);
  }

  /** Values filled in one by one by a reader. */
  static final class Builder {
    LocalDateTime start;
    LocalDateTime end;
    Integer asleepMin;
    Integer awakeMin;
    Integer awakenings;
    Integer snoreMin;
    Integer latencyMin;
    Integer quality;
    String notes = "";
    final Map<String, String> extras = new LinkedHashMap<>();

    Builder extra(String key, String value) {
      if (value != null && !value.isBlank()) {
        extras.put(key, value.strip());
      }
      return this;
    }

    TrackerSession build(int line) {
      return new TrackerSession(line, start, end, asleepMin, awakeMin, awakenings, snoreMin, latencyMin, quality,
          notes, extras);
    }
  }
}
