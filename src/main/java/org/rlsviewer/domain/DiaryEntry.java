package org.rlsviewer.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One night of the diary, keyed by the evening it starts. Numbers, times and yes/no answers are
 * {@code null} when the patient did not record them (never zero by default); text fields are empty
 * strings when blank. Columns the program does not know are kept, in file order, in {@code extras}.
 *
 * @param line the physical line number (1-based) where the row starts in the source file
 */
public record DiaryEntry(
    int line,
    LocalDate date,
    Integer severity,
    LocalTime symptomStart,
    Integer symptomMinutes,
    String relief,
    LocalTime bedtime,
    Integer sleepLatencyMin,
    Integer awakenings,
    LocalTime wakeTime,
    Integer sleepQuality,
    Integer caffeineMg,
    LocalTime lastCaffeine,
    Double alcoholUnits,
    Integer exerciseMin,
    Integer magnesiumMg,
    String magnesiumForm,
    String medications,
    String supplements,
    Boolean snoring,
    Boolean breathingPauses,
    String sideEffects,
    String notes,
    Map<String, String> extras) {

  public DiaryEntry {
    Objects.requireNonNull(date, "date");
    relief = blankToEmpty(relief);
    magnesiumForm = blankToEmpty(magnesiumForm);
    medications = blankToEmpty(medications);
    supplements = blankToEmpty(supplements);
    sideEffects = blankToEmpty(sideEffects);
    notes = blankToEmpty(notes);
    // most nights have no extra column: they share one empty map
    extras = extras == null ? Map.of()
        : extras.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }

  /** The free-text value of a text field, or an empty string for non-text fields. */
  public String text(DiaryField field) {
    return switch (field) {
      case RELIEF -> relief;
      case MAGNESIUM_FORM -> magnesiumForm;
      case MEDICATIONS -> medications;
      case SUPPLEMENTS -> supplements;
      case SIDE_EFFECTS -> sideEffects;
      case NOTES -> notes;
      default -> "";
    };
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
