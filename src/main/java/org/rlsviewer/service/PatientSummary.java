package org.rlsviewer.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the patient list: who, how many flags still wait for review, and the last night of
 * their latest diary. Made by {@link DiaryService#patientSummary}; a database listing gives the same.
 */
public record PatientSummary(String patientKey, String displayName, int openFlags, Optional<LocalDate> lastNight) {

  public PatientSummary {
    lastNight = lastNight == null ? Optional.empty() : lastNight;
  }

  /** Whether the name (or key) contains the search text, ignoring case; blank text matches all. */
  public boolean matches(String search) {
    String s = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
    return s.isEmpty() || displayName.toLowerCase(java.util.Locale.ROOT).contains(s)
        || patientKey.toLowerCase(java.util.Locale.ROOT).contains(s);
  }
}
