package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;
import org.rlsviewer.service.PatientSummary;

/** The patient list: one line per patient opened, open-flag counts that follow the review, search. */
@ShowWindow
class PatientListGuiTest extends WindowTestCase {

  @Test
  void patientsKeepTheirOwnReviewAndTheSearchFiltersTheList() {
    open("numbness-weakness.csv", "Derek Hollis");
    GuiTests.acknowledgeFirstFlag(window);
    open("one-sided-swelling.csv", "Anita Sorensen");

    List<PatientSummary> lines = shown();
    assertThat(lines).extracting(PatientSummary::displayName)
        .containsExactly("Anita Sorensen (RLS-3115)", "Derek Hollis (RLS-4203)");
    assertThat(lines.get(1).openFlags()).isEqualTo(6);
    assertThat(lines.get(0).openFlags()).isEqualTo(4);

    window.textBox("patientSearch").enterText("holl");
    assertThat(shown()).extracting(PatientSummary::displayName).containsExactly("Derek Hollis (RLS-4203)");
    window.list("patientList").selectItem(0);
    window.label("patientLabel").requireText(java.util.regex.Pattern.compile("Derek Hollis.*"));
    // the status bar no longer reports the other patient's import under this one
    window.label("statusLabel").requireText("Showing Derek Hollis (RLS-4203)");
    var first = GuiTests.firstFlag(window);
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow().statusOf(first)))
        .isEqualTo(ReviewStatus.ACKNOWLEDGED);

    window.textBox("patientSearch").deleteText();
    assertThat(shown()).hasSize(2);
    window.textBox("patientSearch").enterText("nobody");
    assertThat(shown()).isEmpty();
  }

  @Test
  void theNextWindowOpensWithTheRememberedSizeSplitAndTab() {
    prefs.putInt("window.width", 1010);
    prefs.putInt("window.height", 710);
    prefs.putInt("split.patients", 310);
    prefs.putInt("tab.main", MainWindow.VISIT_TAB);
    DiaryService service = new DiaryService(Clock.systemUTC(), "test");
    JFrame second = GuiActionRunner.execute(
        () -> new MainWindow(service, new InMemoryReviewArchive(), new SwingWorkerTaskRunner(), prefs).frame());
    try {
      assertThat(GuiActionRunner.execute(() -> second.getSize())).isEqualTo(new java.awt.Dimension(1010, 710));
      assertThat(GuiActionRunner.execute(() -> robot.finder().findByName(second, "patientSplit",
          javax.swing.JSplitPane.class, false).getDividerLocation())).isEqualTo(310);
      assertThat(GuiActionRunner.execute(() -> robot.finder().findByName(second, "mainTabs",
          javax.swing.JTabbedPane.class, false).getSelectedIndex())).isEqualTo(MainWindow.VISIT_TAB);
    } finally {
      GuiActionRunner.execute(second::dispose);
    }
  }

  @Test
  void ctrlZInTheVisitNotesUndoesTypingNotTheReview() {
    open("numbness-weakness.csv", "Derek Hollis");
    GuiTests.acknowledgeFirstFlag(window);
    org.rlsviewer.domain.Flag first = GuiTests.firstFlag(window);
    window.tabbedPane("mainTabs").selectTab(MainWindow.VISIT_TAB);
    window.textBox("visitNotes").enterText("abc").focus();
    robot.pressKey(java.awt.event.KeyEvent.VK_CONTROL);
    robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_Z);
    robot.releaseKey(java.awt.event.KeyEvent.VK_CONTROL);
    robot.waitForIdle();
    assertThat(window.textBox("visitNotes").text()).isEqualTo("ab");
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow().statusOf(first)))
        .isEqualTo(ReviewStatus.ACKNOWLEDGED);
    window.menuItem("menu.edit.undo").requireEnabled();
  }

  private void open(String sample, String name) {
    GuiTests.openSample(window, sample, name);
  }

  @SuppressWarnings("unchecked")
  private List<PatientSummary> shown() {
    return GuiTests.items(() -> window.list("patientList").target());
  }

}
