package org.rlsviewer.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One night as a sleep tracker measured it: a second source beside the patient's own diary entry
 * of the same night, never merged into it. Every measure is {@code null} when the device did not
 * give it.
 *
 * @param source the device or app as people name it ("Sleep as Android")
 * @param format the export's format name ("sleep-as-android")
 * @param movement the device's own movement figure (Sleep as Android's mean actigraphy), as written
 * @param restlessMin minutes the device counted as restless (Fitbit, Oura)
 * @param notes the tracker's comment and tags, which the rules read like the patient's notes
 */
public record DeviceNight(
    LocalDate date, String source, String format, LocalTime bedtime, LocalTime wakeTime,
    Integer timeInBedMin, Integer sleepMin, Integer awakeMin, Integer awakenings, Double movement,
    Integer restlessMin, Integer snoringMin, Integer breathingDisturbances, Integer spo2Dips, String notes) {

  public DeviceNight {
    Objects.requireNonNull(date, "date");
    source = source == null ? "" : source.strip();
    format = format == null ? "" : format.strip();
    notes = notes == null ? "" : notes.strip();
  }

  /** Whether the device measured anything that bears on sleep apnea this night. */
  public boolean hasApneaSign() {
    return positive(snoringMin) || positive(breathingDisturbances) || positive(spo2Dips);
  }

  private static boolean positive(Integer n) {
    return n != null && n > 0;
  }
}
