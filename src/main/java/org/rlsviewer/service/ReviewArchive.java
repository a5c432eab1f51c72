package org.rlsviewer.service;

import java.io.IOException;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.VisitNotes;

/**
 * Where reviews are kept between visits. {@code patientKey} is {@link OpenedDiary#patientKey()}.
 * Implementations: in memory (tests, and a session without a database) and the database.
 */
public interface ReviewArchive {

  /**
   * Whether a save was refused because someone else changed the same review meanwhile (the
   * window then offers to reload the patient).
   */
  static boolean isConflict(Throwable e) {
    return e instanceof org.rlsviewer.store.ReviewConflictException;
  }

  /** The review so far for this patient; empty when none was kept. */
  Review reviewOf(String patientKey) throws IOException;

  /** Records a decision (append-only: an earlier decision on the same flag stays in the history). */
  void record(String patientKey, ReviewDecision decision) throws IOException;

  /** Replaces the visit notes and ticked tests. */
  void saveNotes(String patientKey, VisitNotes notes) throws IOException;
}
