package org.rlsviewer.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.CompoundEdit;
import javax.swing.undo.UndoableEdit;
import org.rlsviewer.domain.Bookmark;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.IrlsScore;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.service.OpenedDiary;

/**
 * The review of one patient's diary as the window holds it: the opened diary and the review so
 * far. Each action changes the review at once (the screen never waits for the disk), is written to
 * the archive through the {@link ReviewWriter}, and returns an edit that undoes and redoes it. Used
 * on the Event Dispatch Thread only.
 */
final class ReviewSession {

  private final OpenedDiary whole;
  private OpenedDiary opened;
  private final ReviewRecorder recorder;
  private final String patientKey;
  private Review review;
  private Runnable onChange = () -> {};
  private boolean batching;

  ReviewSession(OpenedDiary opened, Review review, ReviewRecorder recorder) {
    this(opened.patientKey(), opened, review, recorder);
  }

  /** @param patientKey the key the archive keeps this patient's review by */
  ReviewSession(String patientKey, OpenedDiary opened, Review review, ReviewRecorder recorder) {
    this.patientKey = patientKey;
    this.opened = opened;
    this.whole = opened;
    this.review = review;
    this.recorder = recorder;
  }

  OpenedDiary opened() {
    return opened;
  }

  /** The diary as opened, before any range was chosen (the patient list counts its flags). */
  OpenedDiary whole() {
    return whole;
  }

  /**
   * Shows the same diary restricted to another range of nights. The review stays: decisions are
   * kept by flag key, whatever range the flag is seen in.
   */
  void showRange(OpenedDiary restricted) {
    if (!restricted.imported().equals(opened.imported())) {
      throw new IllegalArgumentException("a range of another diary");
    }
    opened = restricted;
  }

  Review review() {
    return review;
  }

  String patientKey() {
    return patientKey;
  }

  void onChange(Runnable listener) {
    onChange = listener;
  }

  UndoableEdit acknowledge(Flag flag) {
    Optional<ReviewDecision> before = review.decisionFor(flag);
    String comment = before.map(ReviewDecision::comment).orElse("");
    return change(flag, ReviewStatus.ACKNOWLEDGED, "", comment, Messages.get("review.undo.acknowledge"));
  }

  UndoableEdit dismiss(Flag flag, String reason, String comment) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a dismissal needs a reason");
    }
    String kept = comment == null || comment.isBlank()
        ? review.decisionFor(flag).map(ReviewDecision::comment).orElse("") : comment;
    return change(flag, ReviewStatus.DISMISSED, reason, kept, Messages.get("review.undo.dismiss"));
  }

  UndoableEdit comment(Flag flag, String comment) {
    Optional<ReviewDecision> before = review.decisionFor(flag);
    return change(flag, before.map(ReviewDecision::status).orElse(ReviewStatus.OPEN),
        before.map(ReviewDecision::reason).orElse(""), comment, Messages.get("review.undo.comment"));
  }

  /** Acknowledges every flag given (a whole question or one night) as one edit. */
  UndoableEdit acknowledge(List<Flag> flags) {
    return together(flags, this::acknowledge, Messages.get("review.undo.acknowledge"));
  }

  /** Dismisses every flag given with the same reason, as one edit. */
  UndoableEdit dismiss(List<Flag> flags, String reason, String comment) {
    return together(flags, f -> dismiss(f, reason, comment), Messages.get("review.undo.dismiss"));
  }

  /** Puts the same comment on every flag given, as one edit. */
  UndoableEdit comment(List<Flag> flags, String comment) {
    return together(flags, f -> comment(f, comment), Messages.get("review.undo.comment"));
  }

  /**
   * One edit made of a decision on each flag; undone and redone whole. The screen hears of the
   * change once, not once per flag: a question can hold thousands of flags.
   */
  private UndoableEdit together(List<Flag> flags, Function<Flag, UndoableEdit> decision, String name) {
    if (flags.isEmpty()) {
      throw new IllegalArgumentException("a decision needs at least one flag");
    }
    CompoundEdit edit = new CompoundEdit() {
      @Override
      public String getPresentationName() {
        return name;
      }

      @Override
      public void undo() {
        quietly(super::undo);
      }

      @Override
      public void redo() {
        quietly(super::redo);
      }
    };
    quietly(() -> flags.forEach(f -> edit.addEdit(decision.apply(f))));
    edit.end();
    return edit;
  }

  /** Runs the changes with the listener held back, then tells it once. */
  private void quietly(Runnable changes) {
    boolean outer = !batching;
    batching = true;
    try {
      changes.run();
    } finally {
      if (outer) {
        batching = false;
        onChange.run();
      }
    }
  }

  /**
   * Replaces the visit notes and ticked tests, and saves them; bookmarks and IRLS totals stay as
   * they are (the Visit tab edits only text and tests).
   */
  void saveNotes(VisitNotes notes) {
    VisitNotes kept = review.notes();
    replaceNotes(new VisitNotes(notes.notes(), notes.tickedTests(), kept.bookmarks(), kept.irlsTotals()));
  }

  /** Bookmarks a night (replacing an earlier bookmark of it), or removes the bookmark when {@code note} is null. */
  UndoableEdit bookmark(java.time.LocalDate night, String note) {
    java.util.List<Bookmark> before = review.notes().bookmarks();
    java.util.List<Bookmark> after = new java.util.ArrayList<>(before);
    after.removeIf(b -> b.night().equals(night));
    if (note != null) {
      after.add(new Bookmark(night, note));
    }
    return notesEdit(n -> n.withBookmarks(before), n -> n.withBookmarks(after),
        Messages.get(note == null ? "review.undo.unbookmark" : "review.undo.bookmark"));
  }

  /** Enters an IRLS total for a date (replacing one of the same date), or removes it when {@code total} is null. */
  UndoableEdit irlsTotal(java.time.LocalDate date, Integer total) {
    java.util.List<IrlsScore> before = review.notes().irlsTotals();
    java.util.List<IrlsScore> after = new java.util.ArrayList<>(before);
    after.removeIf(s -> s.date().equals(date));
    if (total != null) {
      after.add(IrlsScore.of(date, total, IrlsScore.Source.CLINICIAN));
    }
    return notesEdit(n -> n.withIrlsTotals(before), n -> n.withIrlsTotals(after),
        Messages.get(total == null ? "review.undo.irlsRemove" : "review.undo.irls"));
  }

  /** An edit of one part of the notes; undo and redo leave the other parts (text typed since...) alone. */
  private UndoableEdit notesEdit(java.util.function.UnaryOperator<VisitNotes> undoing,
      java.util.function.UnaryOperator<VisitNotes> doing, String name) {
    replaceNotes(doing.apply(review.notes()));
    return new AbstractUndoableEdit() {
      @Override
      public void undo() {
        super.undo();
        replaceNotes(undoing.apply(review.notes()));
      }

      @Override
      public void redo() {
        super.redo();
        replaceNotes(doing.apply(review.notes()));
      }

      @Override
      public String getPresentationName() {
        return name;
      }
    };
  }

  private void replaceNotes(VisitNotes notes) {
    if (notes.equals(review.notes())) {
      return;
    }
    review = new Review(review.decisions(), notes);
    String key = patientKey();
    recorder.saveNotes(key, notes);
    onChange.run();
  }

  private UndoableEdit change(Flag flag, ReviewStatus status, String reason, String comment, String name) {
    Optional<ReviewDecision> before = review.decisionFor(flag);
    ReviewDecision after = decision(flag.key(), status, reason, comment);
    apply(after);
    return new AbstractUndoableEdit() {
      @Override
      public void undo() {
        super.undo();
        // the archive is append-only: undoing records the earlier state again, dated now
        apply(before.map(d -> decision(d.flagKey(), d.status(), d.reason(), d.comment()))
            .orElseGet(() -> decision(flag.key(), ReviewStatus.OPEN, "", "")));
      }

      @Override
      public void redo() {
        super.redo();
        apply(decision(after.flagKey(), after.status(), after.reason(), after.comment()));
      }

      @Override
      public String getPresentationName() {
        return name;
      }
    };
  }

  private ReviewDecision decision(String key, ReviewStatus status, String reason, String comment) {
    return recorder.decision(key, status, reason, comment);
  }

  private void apply(ReviewDecision decision) {
    Map<String, ReviewDecision> decisions = new HashMap<>(review.decisions());
    decisions.put(decision.flagKey(), decision);
    review = new Review(decisions, review.notes());
    String key = patientKey();
    recorder.record(key, decision);
    if (!batching) {
      onChange.run();
    }
  }
}
