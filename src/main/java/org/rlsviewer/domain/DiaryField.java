package org.rlsviewer.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of diary format v1; each constant is its canonical header name in upper case. The
 * {@code DEVICE_*} constants are no diary column: they name where evidence came from when it is a
 * sleep tracker's measurement or comment ({@link DeviceNight}), e.g. "device: snoring minutes".
 */
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
  NOTES,
  DEVICE_SNORING("device: snoring minutes"),
  DEVICE_BREATHING("device: breathing disturbances"),
  DEVICE_SPO2("device: SpO2 dips"),
  DEVICE_NOTES("device: comment and tags");

  private final String deviceLabel;

  DiaryField() {
    this(null);
  }

  DiaryField(String deviceLabel) {
    this.deviceLabel = deviceLabel;
  }

  /**
   * The canonical header, e.g. {@code sleep_latency_min}: the constant's name in lower case; for a
   * device constant its label ("device: snoring minutes"), which no header names.
   */
  public String column() {
    return deviceLabel != null ? deviceLabel : name().toLowerCase(Locale.ROOT);
  }

  /** True for the fields a tracker's night gives, false for the diary's own columns. */
  public boolean isDevice() {
    return deviceLabel != null;
  }

  /** The field whose {@link #column()} is exactly this text (device fields included). */
  public static Optional<DiaryField> forColumn(String column) {
    return Arrays.stream(values()).filter(f -> f.column().equals(column)).findFirst()
        .or(() -> forHeader(column));
  }

  /** Free-text fields, which the rules read with negation. */
  public boolean isFreeText() {
    return this == RELIEF || this == MEDICATIONS || this == SUPPLEMENTS
        || this == SIDE_EFFECTS || this == NOTES || this == MAGNESIUM_FORM || this == DEVICE_NOTES;
  }

  /**
   * The field a header names: case-insensitive, with spaces, hyphens and underscores treated alike
   * ("Sleep latency-min" names {@code sleep_latency_min}).
   */
  public static Optional<DiaryField> forHeader(String header) {
    String key = normaliseHeader(header);
    return Arrays.stream(values()).filter(f -> !f.isDevice() && f.column().equals(key)).findFirst();
  }

  /** Lower-cases, strips, and turns runs of spaces, hyphens and underscores into one underscore. */
  public static String normaliseHeader(String header) {
    if (header == null) {
      return "";
    }
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
  }
}
