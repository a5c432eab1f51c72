package org.rlsviewer.domain;

import java.util.List;

/** The clinician's free-text notes for the visit and the suggested tests ticked to order (by id). */
public record VisitNotes(String notes, List<String> tickedTests) {

  public VisitNotes {
    notes = notes == null ? "" : notes;
    tickedTests = List.copyOf(tickedTests);
  }

  public static VisitNotes empty() {
    return new VisitNotes("", List.of());
  }
}
