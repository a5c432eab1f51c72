package org.rlsviewer.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of diary format v1; each constant is its canonical header name in upper case. */
public enum DiaryField {
  DATE,
  SEVERITY,
  SYMPTOM_START,
  SYMPTOM_MINUTES,
  RELIEF,
  BEDTIME,
  SLEEP_LATENCY_MIN,
  AWAKENINGS,
  WAKE_TIME,
  SLEEP_QUALITY,
  CAFFEINE_MG,
  LAST_CAFFEINE,
  ALCOHOL_UNITS,
  EXERCISE_MIN,
  MAGNESIUM_MG,
  MAGNESIUM_FORM,
  MEDICATIONS,
  SUPPLEMENTS,
  SNORING,
  BREATHING_PAUSES,
  SIDE_EFFECTS,
  NOTES;

  /** The canonical header, e.g. {@code sleep_latency_min}: the constant's name in lower case. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
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
    return Arrays.stream(values()).filter(f -> f.column().equals(key)).findFirst();
  }

  /** Lower-cases, strips, and turns runs of spaces, hyphens and underscores into one underscore. */
  public static String normaliseHeader(String header) {
    if (header == null) {
      return "";
    }
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
  }
}
