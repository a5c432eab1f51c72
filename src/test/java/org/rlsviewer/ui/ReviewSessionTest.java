package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import javax.swing.undo.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;
import org.rlsviewer.service.OpenedDiary;

/** Review actions change the review at once, reach the archive in order, and undo and redo. */
class ReviewSessionTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
  private final InMemoryReviewArchive archive = new InMemoryReviewArchive();
  /** Write failures come back on the EDT, where a throw cannot fail the test: kept for {@link #stop}. */
  private final List<Exception> writeFailures = new CopyOnWriteArrayList<>();
  private final ReviewWriter writer = new ReviewWriter((patientKey, e) -> writeFailures.add(e));
  private final UndoManager undo = new UndoManager();
  private final AtomicInteger changes = new AtomicInteger();
  private ReviewSession session;
  private List<Flag> flags;

  @BeforeEach
  void open() throws Exception {
    OpenedDiary opened = new DiaryService(clock, "test").open(Path.of("samples", "numbness-weakness.csv"));
    flags = opened.findings().flags();
    session = new ReviewSession(opened, Review.empty(), new ReviewRecorder(archive, writer, clock, () -> "Dr A"));
    session.onChange(changes::incrementAndGet);
  }

  @AfterEach
  void stop() throws Exception {
    assertThat(writer.awaitWritten(5_000)).isTrue();
    SwingUtilities.invokeAndWait(() -> { }); // delivers the failures the writes posted to the EDT
    writer.shutdown();
    assertThat(writeFailures).as("review writes that failed").isEmpty();
  }

  @Test
  void aDecisionOnSeveralFlagsIsOneEditAndTellsTheScreenOnce() throws Exception {
    List<Flag> group = flags.subList(0, 3);
    Flag other = flags.get(3);

    undo.addEdit(session.dismiss(group, "Explained by a known condition", "seen in clinic"));

    assertThat(changes.get()).isEqualTo(1);
    assertThat(group).allSatisfy(f -> {
      assertThat(session.review().statusOf(f)).isEqualTo(ReviewStatus.DISMISSED);
      assertThat(session.review().decisionFor(f).orElseThrow().comment()).isEqualTo("seen in clinic");
    });
    assertThat(session.review().statusOf(other)).isEqualTo(ReviewStatus.OPEN);

    undo.undo();
    assertThat(changes.get()).isEqualTo(2);
    assertThat(group).allSatisfy(f -> assertThat(session.review().statusOf(f)).isEqualTo(ReviewStatus.OPEN));
    undo.redo();
    assertThat(group).allSatisfy(f -> assertThat(session.review().statusOf(f)).isEqualTo(ReviewStatus.DISMISSED));

    assertThat(writer.awaitWritten(5_000)).isTrue();
    assertThat(archive.history(session.patientKey())).as("every flag's decision is kept, undo included")
        .hasSize(9);
    assertThatThrownBy(() -> session.acknowledge(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRangeReplacesTheDiaryShownAndKeepsTheReview() throws Exception {
    DiaryService service = new DiaryService(clock, "test");
    OpenedDiary whole = session.opened();
    Flag a = flags.get(0);
    session.acknowledge(a);
    java.time.LocalDate night = a.evidence().date();
    OpenedDiary oneNight = service.restrict(whole, org.rlsviewer.domain.DateRange.between(night, night));

    session.showRange(oneNight);

    assertThat(session.opened()).isSameAs(oneNight);
    assertThat(session.opened().diary().entries()).hasSize(1);
    assertThat(session.whole()).isSameAs(whole);
    assertThat(session.review().statusOf(a)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    OpenedDiary other = service.open(Path.of("samples", "snoring-pauses.csv"));
    assertThatThrownBy(() -> session.showRange(other)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acknowledgeDismissUndoRedo() {
    Flag a = flags.get(0);
    Flag b = flags.get(1);
    undo.addEdit(session.acknowledge(a));
    undo.addEdit(session.dismiss(b, "Entered in error by the patient", "meant the other leg"));
    assertThat(session.review().statusOf(a)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThat(session.review().decisionFor(b).orElseThrow())
        .extracting(ReviewDecision::status, ReviewDecision::reason, ReviewDecision::comment, ReviewDecision::reviewer)
        .containsExactly(ReviewStatus.DISMISSED, "Entered in error by the patient", "meant the other leg", "Dr A");

    undo.undo();
    assertThat(session.review().statusOf(b)).isEqualTo(ReviewStatus.OPEN);
    undo.undo();
    assertThat(session.review().statusOf(a)).isEqualTo(ReviewStatus.OPEN);
    undo.redo();
    assertThat(session.review().statusOf(a)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThat(changes.get()).isEqualTo(5);

    assertThat(writer.awaitWritten(5_000)).isTrue();
    assertThat(archive.history(session.patientKey())).extracting(ReviewDecision::status).containsExactly(
        ReviewStatus.ACKNOWLEDGED, ReviewStatus.DISMISSED, ReviewStatus.OPEN, ReviewStatus.OPEN,
        ReviewStatus.ACKNOWLEDGED);
    assertThat(archive.reviewOf(session.patientKey()).statusOf(a)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThat(archive.reviewOf(session.patientKey()).statusOf(b)).isEqualTo(ReviewStatus.OPEN);
  }

  @Test
  void aCommentKeepsTheStatusAndUndoRestoresTheEarlierComment() {
    Flag a = flags.get(0);
    session.dismiss(a, "Not clinically relevant for this patient", "");
    undo.addEdit(session.comment(a, "seen by neurology"));
    assertThat(session.review().decisionFor(a).orElseThrow())
        .extracting(ReviewDecision::status, ReviewDecision::reason, ReviewDecision::comment)
        .containsExactly(ReviewStatus.DISMISSED, "Not clinically relevant for this patient", "seen by neurology");
    undo.undo();
    assertThat(session.review().decisionFor(a).orElseThrow().comment()).isEmpty();
    assertThat(session.review().statusOf(a)).isEqualTo(ReviewStatus.DISMISSED);
  }

  @Test
  void aDismissalWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> session.dismiss(flags.get(0), " ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(session.review().statusOf(flags.get(0))).isEqualTo(ReviewStatus.OPEN);
  }

  @Test
  void notesAreSavedOnlyWhenTheyChange() {
    VisitNotes notes = new VisitNotes("review in four weeks", List.of("ferritin"));
    session.saveNotes(notes);
    session.saveNotes(new VisitNotes("review in four weeks", List.of("ferritin")));
    assertThat(changes.get()).isEqualTo(1);
    assertThat(writer.awaitWritten(5_000)).isTrue();
    assertThat(archive.reviewOf(session.patientKey()).notes()).isEqualTo(notes);
  }

  @Test
  void bookmarksAndIrlsTotalsAreKeptWithTheNotesAndUndoOnlyThemselves() {
    java.time.LocalDate night = java.time.LocalDate.of(2026, 3, 4);
    undo.addEdit(session.bookmark(night, " woke at 3 "));
    undo.addEdit(session.irlsTotal(night, 24));
    session.saveNotes(new VisitNotes("typed after", List.of("ferritin")));

    VisitNotes now = session.review().notes();
    assertThat(now.notes()).isEqualTo("typed after");
    assertThat(now.bookmarks()).containsExactly(new org.rlsviewer.domain.Bookmark(night, "woke at 3"));
    assertThat(now.irlsTotals()).extracting(org.rlsviewer.domain.IrlsScore::total).containsExactly(24);

    undo.undo(); // the IRLS total goes; the text typed later and the bookmark stay
    assertThat(session.review().notes().irlsTotals()).isEmpty();
    assertThat(session.review().notes().notes()).isEqualTo("typed after");
    assertThat(session.review().notes().bookmarks()).hasSize(1);
    undo.undo();
    assertThat(session.review().notes().bookmarks()).isEmpty();
    undo.redo();
    assertThat(session.review().notes().bookmarks()).hasSize(1);
    undo.addEdit(session.bookmark(night, null));
    assertThat(session.review().notes().bookmarks()).isEmpty();
    assertThat(writer.awaitWritten(5_000)).isTrue();
    assertThat(archive.reviewOf(session.patientKey()).notes()).isEqualTo(session.review().notes());
  }
}
