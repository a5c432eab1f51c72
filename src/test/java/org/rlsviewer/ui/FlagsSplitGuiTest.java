package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.swing.JEditorPane;
import javax.swing.JSplitPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * The Flags tab at a clinician's 1280×900: the evidence beside the queue holds lines of at least
 * {@link EvidenceView#READABLE_CHARACTERS} characters, the queue's buttons keep their words, and
 * the divider the clinician sets is remembered.
 */
@ShowWindow
class FlagsSplitGuiTest extends WindowTestCase {

  @Test
  void theEvidenceKeepsReadableLinesBesideAWholeQueue() {
    sized(1280, 900);
    GuiTests.openDiary(window, Path.of("samples", "one-sided-swelling.csv"));
    javax.swing.JTabbedPane tabs = window.tabbedPane("mainTabs").target();
    GuiActionRunner.execute(() -> tabs.setSelectedIndex(MainWindow.FLAGS_TAB));
    robot.waitForIdle();
    JSplitPane split = window.splitPane("flagsSplit").target();
    int[] halves = GuiActionRunner.execute(() -> new int[] {split.getDividerLocation(),
        split.getWidth() - split.getDividerSize() - split.getDividerLocation()});
    assertThat(halves[1]).as("the evidence has a fair share").isGreaterThanOrEqualTo(halves[0] * 8 / 10);
    assertReadableAndWhole("at 1280×900");
    javax.swing.JList<?> queue = window.list("flagList").target();
    int[] rowsAndView = GuiActionRunner.execute(() -> new int[] {queue.getPreferredSize().width,
        queue.getParent().getWidth()});
    assertThat(rowsAndView[0]).as("the queue's rows whole at 1280×900").isLessThanOrEqualTo(rowsAndView[1]);

    // a divider dragged far right, then a smaller window: the evidence keeps its lines
    GuiActionRunner.execute(() -> split.setDividerLocation(split.getWidth() - 60));
    robot.waitForIdle();
    sized(1024, 768);
    assertReadableAndWhole("at 1024×768 after the divider went right");
    int kept = GuiActionRunner.execute(split::getDividerLocation);
    assertThat(prefs.getInt("split.flags", -1)).as("the divider remembered").isEqualTo(kept);
  }

  private void assertReadableAndWhole(String when) {
    robot.waitForIdle();
    JEditorPane evidence = (JEditorPane) window.textBox("evidencePane").target();
    int[] widthAndCharacter = GuiActionRunner.execute(() -> {
      java.awt.FontMetrics metrics = evidence.getFontMetrics(evidence.getFont());
      String text = "Why this rule fired: swelling of one leg, consider same-day assessment";
      return new int[] {evidence.getParent().getWidth(), metrics.stringWidth(text) / text.length()};
    });
    assertThat(widthAndCharacter[0] / widthAndCharacter[1]).as("characters a line of evidence holds " + when)
        .isGreaterThanOrEqualTo(EvidenceView.READABLE_CHARACTERS);
    assertThat(GuiActionRunner.execute(() -> ClippedText.in(window.splitPane("flagsSplit").target())))
        .as("text cut in the queue " + when).isEmpty();
  }

  private void sized(int width, int height) {
    GuiActionRunner.execute(() -> {
      GuiTests.windowOf(window).frame().setSize(width, height);
      GuiTests.windowOf(window).frame().validate();
      return null;
    });
    robot.waitForIdle();
  }
}
