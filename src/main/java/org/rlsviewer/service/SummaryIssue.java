package org.rlsviewer.service;

import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.Review;

/** A visit summary to issue: the patient's key, the diary as shown, the review and the clinician. */
public record SummaryIssue(String patientKey, OpenedDiary opened, Review review, Clinician clinician) {

  /** A summary before any review, by a clinician not named (the command line's). */
  public static SummaryIssue unreviewed(OpenedDiary opened) {
    return new SummaryIssue(opened.patientKey(), opened, Review.empty(), Clinician.unknown());
  }
}
