package org.rlsviewer.analysis;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.rlsviewer.domain.DiaryEntry;

/** Builds diary nights for tests: every field unrecorded unless set. */
final class Night {

  private final LocalDate date;
  private Integer severity;
  private LocalTime symptomStart;
  private Integer symptomMinutes;
  private LocalTime bedtime;
  private Integer latency;
  private Integer awakenings;
  private LocalTime wake;
  private Integer quality;
  private Integer caffeineMg;
  private LocalTime lastCaffeine;
  private Double alcohol;
  private Integer exercise;
  private Integer magnesium;
  private String sideEffects = "";
  private String notes = "";

  private Night(LocalDate date) {
    this.date = date;
  }

  static Night on(String isoDate) {
    return new Night(LocalDate.parse(isoDate));
  }

  static Night on(LocalDate date) {
    return new Night(date);
  }

  Night severity(Integer v) {
    severity = v;
    return this;
  }

  Night symptoms(String start, int minutes) {
    symptomStart = LocalTime.parse(start);
    symptomMinutes = minutes;
    return this;
  }

  Night sleep(String bed, Integer latencyMin, String wakeTime) {
    bedtime = bed == null ? null : LocalTime.parse(bed);
    latency = latencyMin;
    wake = wakeTime == null ? null : LocalTime.parse(wakeTime);
    return this;
  }

  Night awakenings(Integer v) {
    awakenings = v;
    return this;
  }

  Night latency(Integer v) {
    latency = v;
    return this;
  }

  Night quality(Integer v) {
    quality = v;
    return this;
  }

  Night caffeine(Integer mg, String last) {
    caffeineMg = mg;
    lastCaffeine = last == null ? null : LocalTime.parse(last);
    return this;
  }

  Night alcohol(Double units) {
    alcohol = units;
    return this;
  }

  Night exercise(Integer minutes) {
    exercise = minutes;
    return this;
  }

  Night magnesium(Integer mg) {
    magnesium = mg;
    return this;
  }

  Night sideEffects(String text) {
    sideEffects = text;
    return this;
  }

  Night notes(String text) {
    notes = text;
    return this;
  }

  DiaryEntry build() {
    return new DiaryEntry(1, date, severity, symptomStart, symptomMinutes, "", bedtime, latency, awakenings, wake,
        quality, caffeineMg, lastCaffeine, alcohol, exercise, magnesium, "", "", "", null, null, sideEffects, notes,
        Map.of());
  }
}
