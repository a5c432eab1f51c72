package org.rlsviewer.domain;

import java.util.Comparator;
import java.util.List;

/**
 * What the clinician adds to a review besides decisions on flags: free-text notes for the visit,
 * the suggested tests ticked to order (by id), nights bookmarked, and IRLS totals entered from a
 * questionnaire done at or between visits (totals only; each is a {@link IrlsScore.Source#CLINICIAN}
 * score).
 */
public record VisitNotes(String notes, List<String> tickedTests, List<Bookmark> bookmarks, List<IrlsScore> irlsTotals) {

  public VisitNotes {
    notes = notes == null ? "" : notes;
    tickedTests = List.copyOf(tickedTests);
    bookmarks = bookmarks == null ? List.of()
        : bookmarks.stream().sorted(Comparator.comparing(Bookmark::night)).toList();
    irlsTotals = irlsTotals == null ? List.of()
        : irlsTotals.stream().sorted(Comparator.comparing(IrlsScore::date)).toList();
    for (IrlsScore s : irlsTotals) {
      if (s.source() != IrlsScore.Source.CLINICIAN) {
        throw new IllegalArgumentException("IRLS totals in the notes are the clinician's, not " + s.source());
      }
    }
  }

  public VisitNotes(String notes, List<String> tickedTests) {
    this(notes, tickedTests, List.of(), List.of());
  }

  public static VisitNotes empty() {
    return new VisitNotes("", List.of());
  }

  public VisitNotes withBookmarks(List<Bookmark> newBookmarks) {
    return new VisitNotes(notes, tickedTests, newBookmarks, irlsTotals);
  }

  public VisitNotes withIrlsTotals(List<IrlsScore> totals) {
    return new VisitNotes(notes, tickedTests, bookmarks, totals);
  }
}
