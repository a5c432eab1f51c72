package org.rlsviewer.ui;

import java.io.IOException;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.ReviewArchive;
import org.rlsviewer.service.RuleSet;

/**
 * The service and library the window works through. Swapped on the EDT when the clinic's rule file
 * changes, read by tasks on their workers: diaries opened from then on use the new rules, those on
 * screen keep theirs. The two are swapped together, in one write. At start-up the window shows
 * before they exist ({@link #WindowServices()}); they are handed over once made ({@link #ready}).
 */
final class WindowServices {

  private record Pair(DiaryService service, DiaryLibrary library) {}

  private volatile Pair current;
  /** Where the library keeps reviews, as it was handed over (a rule change keeps the same one). */
  private volatile ReviewArchive archive;
  private final ReviewArchive reviews = new ReviewArchive() {
    @Override
    public Review reviewOf(String patientKey) throws IOException {
      return archive.reviewOf(patientKey);
    }

    @Override
    public void record(String patientKey, ReviewDecision decision) throws IOException {
      archive.record(patientKey, decision);
    }

    @Override
    public void saveNotes(String patientKey, VisitNotes notes) throws IOException {
      archive.saveNotes(patientKey, notes);
    }
  };

  WindowServices(DiaryService service, DiaryLibrary library) {
    ready(service, library);
  }

  /** Services still being made: nothing may use them before {@link #ready} (the rule setting waits for it). */
  WindowServices() {}

  void ready(DiaryService service, DiaryLibrary library) {
    archive = library.reviews();
    current = new Pair(service, library);
  }

  boolean isReady() {
    return current != null;
  }

  DiaryService service() {
    return current.service();
  }

  DiaryLibrary library() {
    return current.library();
  }

  /** The library's reviews, whether or not the library has been handed over yet. */
  ReviewArchive reviews() {
    return reviews;
  }

  /** Analyses diaries opened from now on with these rules; those on screen keep theirs. */
  void useRules(RuleSet rules) {
    Pair before = current;
    current = new Pair(before.service().withRules(rules), before.library().withRules(rules));
  }
}
