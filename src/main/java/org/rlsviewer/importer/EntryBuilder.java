package org.rlsviewer.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rlsviewer.domain.DiaryEntry;

/** The values of one night, or of one row towards a night, filled in field by field. */
final class EntryBuilder {
  Integer severity;
  LocalTime symptomStart;
  Integer symptomMinutes;
  String relief = "";
  LocalTime bedtime;
  Integer sleepLatencyMin;
  Integer awakenings;
  LocalTime wakeTime;
  Integer sleepQuality;
  Integer caffeineMg;
  LocalTime lastCaffeine;
  Double alcoholUnits;
  Integer exerciseMin;
  Integer magnesiumMg;
  String magnesiumForm = "";
  String medications = "";
  String supplements = "";
  Boolean snoring;
  Boolean breathingPauses;
  String sideEffects = "";
  String notes = "";
  final Map<String, String> extras = new LinkedHashMap<>();

  /** Keeps a value that has no diary field; blank values are left out. */
  EntryBuilder extra(String key, String value) {
    if (value != null && !value.isBlank()) {
      extras.merge(key, value.strip(), (a, b) -> a.equals(b) ? a : a + " | " + b);
    }
    return this;
  }

  DiaryEntry build(int line, LocalDate date) {
    return new DiaryEntry(line, date, severity, symptomStart, symptomMinutes, relief, bedtime, sleepLatencyMin,
        awakenings, wakeTime, sleepQuality, caffeineMg, lastCaffeine, alcoholUnits, exerciseMin, magnesiumMg,
        magnesiumForm, medications, supplements, snoring, breathingPauses, sideEffects, notes, extras);
  }
}
