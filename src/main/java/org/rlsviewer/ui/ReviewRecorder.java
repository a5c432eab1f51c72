package org.rlsviewer.ui;

import java.time.Clock;
import java.util.function.Supplier;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.service.ReviewArchive;

/**
 * Where the review sessions' changes go: decisions are dated by the clock and signed by the reviewer
 * named at that moment, and everything is written to the archive through the {@link ReviewWriter}, so
 * the screen never waits for the disk.
 */
record ReviewRecorder(ReviewArchive archive, ReviewWriter writer, Clock clock, Supplier<String> reviewer) {

  ReviewDecision decision(String flagKey, ReviewStatus status, String reason, String comment) {
    return new ReviewDecision(flagKey, status, reason, comment, reviewer.get(), clock.instant());
  }

  void record(String patientKey, ReviewDecision decision) {
    writer.submit(patientKey, () -> archive.record(patientKey, decision));
  }

  void saveNotes(String patientKey, VisitNotes notes) {
    writer.submit(patientKey, () -> archive.saveNotes(patientKey, notes));
  }
}
