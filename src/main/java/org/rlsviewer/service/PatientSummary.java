package org.rlsviewer.service;

import java.time.LocalDate;
import java.util.Optional;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.figures.UrgencyBanner;

/**
 * One line of the patient list: who, how many flags still wait for review, the most urgent of them
 * when it is urgent or soon (the banner's {@link UrgencyBanner#mostUrgent()}), and the last night of
 * their latest diary. Made by {@link DiaryService#patientSummary}; a database listing gives the same
 * (its query ranks every open flag; a routine or info rank is dropped here).
 */
public record PatientSummary(String patientKey, String displayName, int openFlags, Optional<LocalDate> lastNight,
    Optional<Urgency> mostUrgentOpen) {

  public PatientSummary {
    lastNight = lastNight == null ? Optional.empty() : lastNight;
    mostUrgentOpen = mostUrgentOpen == null ? Optional.empty()
        : mostUrgentOpen.filter(u -> u == Urgency.URGENT || u == Urgency.SOON);
  }

  /** A line without the urgency of the open flags. */
  public PatientSummary(String patientKey, String displayName, int openFlags, Optional<LocalDate> lastNight) {
    this(patientKey, displayName, openFlags, lastNight, Optional.empty());
  }

  /**
   * Where the line sorts by urgency: 0 with an urgent flag open, 1 with a soon one, 2 otherwise. The
   * patient list puts the lower first.
   */
  public int urgencyRank() {
    return mostUrgentOpen.map(Urgency::ordinal).orElse(2);
  }

  /** Whether the name (or key) contains the search text, ignoring case; blank text matches all. */
  public boolean matches(String search) {
    String s = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
    return s.isEmpty() || displayName.toLowerCase(java.util.Locale.ROOT).contains(s)
        || patientKey.toLowerCase(java.util.Locale.ROOT).contains(s);
  }
}
