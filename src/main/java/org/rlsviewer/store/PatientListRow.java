package org.rlsviewer.store;

import java.time.LocalDate;
import java.util.Optional;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.Urgency;

/**
 * A row of the patient list: who, how many of their current flags have no decision yet (or were
 * set back to open), the most urgent of those open flags, and the last night their diaries cover.
 */
public record PatientListRow(String patientKey, Patient patient, int openFlags, Optional<LocalDate> lastNight,
    int imports, Optional<Urgency> mostUrgentOpen) {

  public PatientListRow {
    mostUrgentOpen = mostUrgentOpen == null ? Optional.empty() : mostUrgentOpen;
  }

  /** A row without the urgency of its open flags. */
  public PatientListRow(String patientKey, Patient patient, int openFlags, Optional<LocalDate> lastNight,
      int imports) {
    this(patientKey, patient, openFlags, lastNight, imports, Optional.empty());
  }
}
