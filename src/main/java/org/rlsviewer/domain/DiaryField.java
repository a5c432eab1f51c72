package org.rlsviewer.domain;

import java.util.Arrays;
import java.util.Optional;

/** The columns of diary format v1, by their canonical header name. */
public enum DiaryField {
  DATE("date"),
  SEVERITY("severity"),
  SYMPTOM_START("symptom_start"),
  SYMPTOM_MINUTES("symptom_minutes"),
  RELIEF("relief"),
  BEDTIME("bedtime"),
  SLEEP_LATENCY_MIN("sleep_latency_min"),
  AWAKENINGS("awakenings"),
  WAKE_TIME("wake_time"),
  SLEEP_QUALITY("sleep_quality"),
  CAFFEINE_MG("caffeine_mg"),
  LAST_CAFFEINE("last_caffeine"),
  ALCOHOL_UNITS("alcohol_units"),
  EXERCISE_MIN("exercise_min"),
  MAGNESIUM_MG("magnesium_mg"),
  MAGNESIUM_FORM("magnesium_form"),
  MEDICATIONS("medications"),
  SUPPLEMENTS("supplements"),
  SNORING("snoring"),
  BREATHING_PAUSES("breathing_pauses"),
  SIDE_EFFECTS("side_effects"),
  NOTES("notes");

  private final String column;

  DiaryField(String column) {
    this.column = column;
  }

  /** The canonical header, e.g. {@code sleep_latency_min}. */
  public String column() {
    return column;
  }

  /** Free-text fields, which the rules read with negation. */
  public boolean isFreeText() {
    return this == RELIEF || this == MEDICATIONS || this == SUPPLEMENTS
        || this == SIDE_EFFECTS || this == NOTES || this == MAGNESIUM_FORM;
  }

  /**
   * The field a header names: case-insensitive, with spaces, hyphens and underscores treated alike
   * ("Sleep latency-min" names {@code sleep_latency_min}).
   */
  public static Optional<DiaryField> forHeader(String header) {
    String key = normaliseHeader(header);
    return Arrays.stream(values()).filter(f -> f.column.equals(key)).findFirst();
  }

  /** Lower-cases, strips, and turns runs of spaces, hyphens and underscores into one underscore. */
  public static String normaliseHeader(String header) {
    if (header == null) {
      return "";
    }
    return header.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
  }
}
