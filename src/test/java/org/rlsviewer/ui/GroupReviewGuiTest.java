package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewStatus;

/**
 * Flags by clinical question (issue 17.2): the snoring sample's flags of many fields over many
 * nights are one question; acknowledge, dismiss and comment act on every night of a question, or on
 * one chosen night with all the fields that carried it.
 */
@ShowWindow(diary = "samples/snoring-pauses.csv")
class GroupReviewGuiTest extends WindowTestCase {

  private static final String SNORING = "Snoring or breathing pauses at night";
  private static final LocalDate THREE_FIELDS = LocalDate.of(2024, 9, 3);

  @Test
  void aDecisionOnAQuestionActsOnEveryNightOfItAndUndoesWhole() {
    window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);
    int at = questionRow(SNORING);
    QueueRow.Question snoring = (QueueRow.Question) rows().get(at);
    assertThat(snoring.nights()).as("one row per night, not per field").hasSize(25);
    assertThat(snoring.flags()).hasSizeGreaterThan(snoring.nights().size());
    assertThat(snoring.flags()).extracting(f -> f.evidence().field())
        .contains(DiaryField.SNORING, DiaryField.BREATHING_PAUSES, DiaryField.NOTES);
    assertThat(rowText(at)).contains("! SOON", SNORING, "25 nights", "all open", "snoring", "breathing_pauses",
        "notes");
    List<Flag> others = othersThan(snoring);
    assertThat(others).as("the driving question is a question of its own").isNotEmpty();

    window.list("flagList").selectItem(at);
    window.button("acknowledgeButton").click();

    assertThat(snoring.flags()).allSatisfy(f -> assertThat(statusOf(f)).isEqualTo(ReviewStatus.ACKNOWLEDGED));
    assertThat(others).allSatisfy(f -> assertThat(statusOf(f)).isEqualTo(ReviewStatus.OPEN));
    assertThat(rowText(at)).contains("all reviewed");
    assertThat(IntStream.range(at + 1, at + 1 + snoring.nights().size()).mapToObj(this::rowText))
        .allSatisfy(text -> assertThat(text).contains("acknowledged"));

    window.menuItem("menu.edit.undo").click();
    assertThat(snoring.flags()).as("one edit for the question")
        .allSatisfy(f -> assertThat(statusOf(f)).isEqualTo(ReviewStatus.OPEN));

    window.list("flagList").selectItem(at);
    window.button("commentButton").click();
    window.optionPane(Timeout.timeout(5_000)).textBox("commentText").enterText("sleep study booked");
    window.optionPane().okButton().click();
    assertThat(snoring.flags()).allSatisfy(f -> assertThat(review().decisionFor(f).orElseThrow().comment())
        .isEqualTo("sleep study booked"));
  }

  @Test
  void aDecisionOnOneNightActsOnEveryFieldOfThatNightAndNothingElse() {
    window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);
    int at = questionRow(SNORING);
    QueueRow.Question snoring = (QueueRow.Question) rows().get(at);
    QueueRow.Night night = snoring.nights().stream().filter(n -> n.date().equals(THREE_FIELDS)).findFirst()
        .orElseThrow();
    assertThat(night.fields()).containsExactlyInAnyOrder(DiaryField.SNORING, DiaryField.BREATHING_PAUSES,
        DiaryField.NOTES);
    int nightAt = rows().indexOf(night);
    assertThat(rowText(nightAt)).contains("2024-09-03", "snoring", "breathing_pauses", "notes", "open");

    window.list("flagList").selectItem(nightAt);
    window.button("dismissButton").click();
    DialogFixture dismiss = WindowFinder.findDialog("dismissDialog").withTimeout(5_000).using(robot);
    assertThat(dismiss.label(new org.assertj.swing.core.GenericTypeMatcher<>(JLabel.class, true) {
      @Override
      protected boolean isMatching(JLabel l) {
        return l.getText() != null && l.getText().contains(SNORING);
      }
    }).text()).contains("2024-09-03");
    dismiss.comboBox("dismissReason").selectItem("Explained by a known condition");
    dismiss.button("dismissOk").click();

    assertThat(night.flags()).hasSize(3)
        .allSatisfy(f -> assertThat(statusOf(f)).isEqualTo(ReviewStatus.DISMISSED));
    assertThat(snoring.flags().stream().filter(f -> !night.flags().contains(f)))
        .isNotEmpty().allSatisfy(f -> assertThat(statusOf(f)).isEqualTo(ReviewStatus.OPEN));
    assertThat(rowText(nightAt)).contains("dismissed");
    assertThat(rowText(at)).contains("24 open");
  }

  private List<QueueRow> rows() {
    return GuiTests.queueRows(window);
  }

  private int questionRow(String title) {
    List<QueueRow> rows = rows();
    return IntStream.range(0, rows.size())
        .filter(i -> rows.get(i) instanceof QueueRow.Question q && q.first().title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no question " + title + " in " + rows));
  }

  private List<Flag> othersThan(QueueRow.Question question) {
    return rows().stream().filter(r -> r instanceof QueueRow.Question && !r.equals(question))
        .flatMap(r -> r.flags().stream()).toList();
  }

  @SuppressWarnings("unchecked")
  private String rowText(int index) {
    return GuiTests.drawnRow(() -> (JList<QueueRow>) window.list("flagList").target(), index);
  }

  private Review review() {
    return GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow());
  }

  private ReviewStatus statusOf(Flag flag) {
    return review().statusOf(flag);
  }
}
