package org.rlsviewer.service;

import java.io.IOException;
import java.time.LocalDate;

/** Where an issued visit summary is recorded: the audit trail and the patient's visits, or nowhere. */
public interface VisitLog {

  /**
   * Notes that the visit summary of the nights {@code firstNight} to {@code lastNight} (null when the
   * range had none) was exported or printed.
   */
  void summaryIssued(String patientKey, boolean printed, LocalDate firstNight, LocalDate lastNight)
      throws IOException;

  /** A session that keeps nothing, as the command line without a database. */
  static VisitLog none() {
    return (patientKey, printed, firstNight, lastNight) -> { };
  }
}
