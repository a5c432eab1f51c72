package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;
import org.rlsviewer.service.OpenedDiary;

/** Each action of the window works out its own enabled state from the model it listens to (needs a display for the shortcuts). */
@GuiTest
class WindowActionsGuiTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
  private final ReviewWriter writer = new ReviewWriter((key, e) -> { });
  private final AtomicBoolean keepsPatients = new AtomicBoolean(false);
  private final StringBuilder status = new StringBuilder();
  private final WindowModel model = new WindowModel(s -> status.replace(0, status.length(), s), keepsPatients::get);
  private final WindowServices services = new WindowServices(new DiaryService(clock, "test"),
      org.rlsviewer.service.DiaryLibrary.session(new DiaryService(clock, "test"), new InMemoryReviewArchive()));
  private final WindowContext context = new WindowContext(model, null, services, null, null, null, writer);
  private final SummaryIssuing issue = new SummaryIssuing(context, () -> { });
  private final CommandAction export = issue.export();
  private final CommandAction print = issue.print();
  private final CommandAction importReport = FileActions.importReport(model, null);
  private final CommandAction cancel = FileActions.cancel(model);
  private final CommandAction history = PatientActions.history(context);
  private final CommandAction delete = PatientActions.delete(context, () -> { },
      key -> { });
  private final CommandAction acknowledge = FlagActions.acknowledge(model);
  private final CommandAction next = FlagActions.next(model);
  private final CommandAction undo = new EditActions.Undo(model);
  private final CommandAction redo = new EditActions.Redo(model);
  private final CommandAction removeBookmark = NightActions.removeBookmark(model);
  private final CommandAction resetZoom = NightActions.resetZoom(model, () -> { });
  private Optional<Flag> selectedFlag = Optional.empty();
  private PatientView view;

  @BeforeEach
  void open() throws Exception {
    OpenedDiary opened = new DiaryService(clock, "test").open(Path.of("samples", "numbness-weakness.csv"));
    view = PatientView.of(PatientView.Prepared.of(null, "p1", "", opened, Review.empty()),
        new ReviewRecorder(new InMemoryReviewArchive(), writer, clock, () -> "Dr A"));
    model.selection(new WindowModel.Selection() {
      @Override
      public Optional<Flag> flag() {
        return selectedFlag;
      }

      @Override
      public Optional<LocalDate> night() {
        return selectedFlag.map(f -> f.evidence().date());
      }

      @Override
      public boolean noFlags() {
        return opened.findings().flags().isEmpty();
      }

      @Override
      public void stepFlag(int step) {
      }

      @Override
      public void showSelectedFlag() {
      }
    });
    model.changed();
  }

  @AfterEach
  void stop() {
    writer.shutdown();
  }

  @Test
  void withNoPatientOnScreenNothingThatNeedsOneIsEnabled() {
    assertEnabled(false, export, print, importReport, history, delete, acknowledge, next, undo, redo, removeBookmark,
        resetZoom, cancel);
  }

  @Test
  void aPatientOnScreenEnablesWhatWorksOnItUntilWorkRuns() {
    model.current(view);
    assertEnabled(true, export, print, importReport, resetZoom, next);
    assertThat(history.isEnabled()).as("the session keeps no patients").isFalse();
    assertEnabled(false, delete);

    keepsPatients.set(true);
    model.changed();
    assertEnabled(true, history, delete);

    model.busy(true, "working");
    assertThat(status).hasToString("working");
    assertEnabled(false, export, print, delete);
    assertEnabled(true, importReport);
  }

  private static void assertEnabled(boolean enabled, CommandAction... actions) {
    for (CommandAction a : actions) {
      assertThat(a.isEnabled()).as((String) a.getValue(javax.swing.Action.ACTION_COMMAND_KEY)).isEqualTo(enabled);
    }
  }

  @Test
  void aDecisionOnTheSelectedFlagCanBeUndoneAndRedone() {
    model.current(view);
    assertThat(acknowledge.isEnabled()).isFalse();
    Flag flag = view.session().opened().findings().flags().get(0);
    selectedFlag = Optional.of(flag);
    model.changed();
    assertThat(acknowledge.isEnabled()).isTrue();

    acknowledge.actionPerformed(new ActionEvent(this, 0, ""));
    assertThat(view.session().review().statusOf(flag)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThat(undo.isEnabled()).isTrue();
    assertThat((String) undo.getValue(javax.swing.Action.NAME)).contains(Messages.get("review.undo.acknowledge"));

    undo.actionPerformed(new ActionEvent(this, 0, ""));
    assertThat(view.session().review().statusOf(flag)).isEqualTo(ReviewStatus.OPEN);
    assertThat(undo.isEnabled()).isFalse();
    assertThat((String) undo.getValue(javax.swing.Action.NAME)).isEqualTo(Messages.get("menu.edit.undo"));
    assertThat(redo.isEnabled()).isTrue();
  }

  @Test
  void cancelIsEnabledWhileAnOpeningRunsAndCancelsIt() {
    AtomicBoolean cancelled = new AtomicBoolean();
    model.opening(() -> cancelled.set(true));
    assertThat(cancel.isEnabled()).isTrue();

    cancel.actionPerformed(new ActionEvent(this, 0, ""));
    assertThat(cancelled).isTrue();

    model.opening(null);
    assertThat(cancel.isEnabled()).isFalse();
  }

  @Test
  void removingThePatientOnScreenLeavesNothingOnScreenAndForgetsItsUndoHistory() {
    model.put(view);
    model.current(view);
    selectedFlag = Optional.of(view.session().opened().findings().flags().get(0));
    model.changed();
    acknowledge.actionPerformed(new ActionEvent(this, 0, ""));
    assertThat(undo.isEnabled()).isTrue();

    assertThat(model.remove("p1")).contains(view);

    assertThat(model.current()).isEmpty();
    assertThat(model.view("p1")).isEmpty();
    assertThat(undo.isEnabled()).isFalse();
    assertThat(export.isEnabled()).isFalse();
  }
}
