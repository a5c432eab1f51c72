package org.rlsviewer.store;

import java.util.List;
import org.rlsviewer.domain.ReviewDecision;

/**
 * Someone else changed this patient's review since it was read: nothing was saved. Says what
 * changed, so the clinician can reload and decide again.
 */
public final class ReviewConflictException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final transient List<ReviewDecision> decisionsSince;
  private final boolean notesChanged;
  private final long currentVersion;

  ReviewConflictException(List<ReviewDecision> decisionsSince, boolean notesChanged, long currentVersion) {
    super("The review was changed by someone else since it was opened ("
        + org.rlsviewer.domain.figures.FigureFormat.plural(decisionsSince.size(), "decision") + (notesChanged ? " and the visit notes" : "")
        + "); reload it and save again.");
    this.decisionsSince = List.copyOf(decisionsSince);
    this.notesChanged = notesChanged;
    this.currentVersion = currentVersion;
  }

  /** The decisions saved by others since the version this save was based on, oldest first. */
  public List<ReviewDecision> decisionsSince() {
    return decisionsSince;
  }

  public boolean notesChanged() {
    return notesChanged;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
