package org.rlsviewer.store;

import java.time.LocalDate;
import java.util.Optional;
import org.rlsviewer.domain.Patient;

/**
 * A row of the patient list: who, how many of their current flags have no decision yet (or were
 * set back to open), and the last night their diaries cover.
 */
public record PatientListRow(
    String patientKey, Patient patient, int openFlags, Optional<LocalDate> lastNight, int imports) {}
