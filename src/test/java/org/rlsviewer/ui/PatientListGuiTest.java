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

  @Test
  void eachLineFitsTheListsWidthAndACutOneEndsInAnEllipsisWithTheWholeInItsTooltip() {
    GuiActionRunner.execute(() -> {
      windowOf(window).frame().setSize(1280, 900);
      return null;
    });
    open("one-sided-swelling.csv", "Anita Sorensen");
    open("numbness-weakness.csv", "Derek Hollis");
    javax.swing.JSplitPane split = window.splitPane("patientSplit").target();
    assertThat(drawnCells()).as("at the default width").allSatisfy(cell -> {
      assertThat(cell.needed()).as(cell.text()).isLessThanOrEqualTo(cell.width());
      assertThat(cell.text().contains(PatientCellRenderer.ELLIPSIS) ? cell.tip() : cell.text())
          .contains("last night 2024-");
    });
    assertThat(horizontalBarShowing()).isFalse();

    GuiActionRunner.execute(() -> split.setDividerLocation(150));
    robot.waitForIdle();
    List<Cell> narrow = drawnCells();
    assertThat(narrow).as("in a narrow list").allSatisfy(cell -> {
      assertThat(cell.needed()).as(cell.text()).isLessThanOrEqualTo(cell.width());
      assertThat(cell.text()).contains(PatientCellRenderer.ELLIPSIS);
      assertThat(cell.tip()).contains("last night 2024-").contains("open");
    });
    assertThat(narrow.get(0).tip()).as("the urgent badge's tip is kept").contains(
        Messages.get("patients.urgent.tip"));
    assertThat(horizontalBarShowing()).isFalse();
  }

  private record Cell(String text, String tip, int needed, int width) {}

  /** Each line as the list draws it, the width its text needs and the width it has. */
  @SuppressWarnings("unchecked")
  private List<Cell> drawnCells() {
    return GuiActionRunner.execute(() -> {
      javax.swing.JList<PatientSummary> list = (javax.swing.JList<PatientSummary>) window.list("patientList")
          .target();
      List<Cell> cells = new java.util.ArrayList<>();
      for (int i = 0; i < list.getModel().getSize(); i++) {
        javax.swing.JLabel label = (javax.swing.JLabel) list.getCellRenderer().getListCellRendererComponent(
            list, list.getModel().getElementAt(i), i, false, false);
        cells.add(new Cell(label.getText().replaceAll("<[^>]*>", "").replace("&nbsp;", " "),
            String.valueOf(label.getToolTipText()), label.getPreferredSize().width,
            list.getCellBounds(i, i).width));
      }
      return cells;
    });
  }

  private boolean horizontalBarShowing() {
    return GuiActionRunner.execute(() -> {
      javax.swing.JScrollPane pane = (javax.swing.JScrollPane) javax.swing.SwingUtilities.getAncestorOfClass(
          javax.swing.JScrollPane.class, window.list("patientList").target());
      return pane.getHorizontalScrollBar().isShowing()
          || window.list("patientList").target().getWidth() > pane.getViewport().getWidth();
    });
  }

  private void open(String sample, String name) {
    GuiTests.openSample(window, sample, name);
  }

  @SuppressWarnings("unchecked")
  private List<PatientSummary> shown() {
    return GuiTests.items(() -> window.list("patientList").target());
  }

}
