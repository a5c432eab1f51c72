package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The window fits the screen: it opens inside the usable area at 1024×768 and at 150 % and 200 %
 * scaling (whose logical screens are 960×600 for 1440×900 and 960×540 for 1920×1080), and no
 * label, button or table header on any tab is narrower than its text there.
 */
@ShowWindow
class WindowFitGuiTest extends WindowTestCase {

  private static final Path REJECTED = Path.of("src/test/resources/org/rlsviewer/ui/rejected-rows.csv");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1024×768 at 100 %, 1024, 768", "1440×900 at 150 %, 960, 600", "1920×1080 at 200 %, 960, 540"})
  void noTextIsCutOnAnyTab(String screen, int width, int height) {
    MainWindow main = GuiTests.windowOf(window);
    JFrame frame = main.frame();
    GuiActionRunner.execute(() -> {
      main.fitTo(new Rectangle(0, 0, width, height));
      return null;
    });
    robot.waitForIdle();
    Dimension size = GuiActionRunner.execute(() -> frame.getSize());
    assertThat(size.width).as("width on " + screen).isLessThanOrEqualTo(width);
    assertThat(size.height).as("height on " + screen).isLessThanOrEqualTo(height);

    List<String> cut = new ArrayList<>(GuiActionRunner.execute(() -> ClippedText.in(frame)));
    GuiTests.openDiary(window, REJECTED);
    JTabbedPane tabs = window.tabbedPane("mainTabs").target();
    int count = GuiActionRunner.execute(() -> tabs.getTabCount());
    for (int i = 0; i < count; i++) {
      window.tabbedPane("mainTabs").selectTab(i);
      robot.waitForIdle();
      int tab = i;
      GuiActionRunner.execute(() -> ClippedText.in(frame)).forEach(c -> cut.add("tab " + (tab + 1) + ": " + c));
    }
    assertThat(cut).as("text cut on " + screen).isEmpty();

    if (width < 1024) {
      return; // at 150 % and 200 % the lifestyle table may scroll sideways; its text is not cut (above)
    }
    window.tabbedPane("mainTabs").selectTab(Messages.get("tab.lifestyle"));
    robot.waitForIdle();
    JTable lifestyle = window.table("lifestyleTable").target();
    int[] noteAndView = GuiActionRunner.execute(() -> {
      Rectangle note = lifestyle.getCellRect(0, lifestyle.getColumnCount() - 1, true);
      return new int[] {note.x, note.width, lifestyle.getParent().getWidth()};
    });
    assertThat(noteAndView[0] + noteAndView[1]).as("the lifestyle note in sight without scrolling on " + screen)
        .isLessThanOrEqualTo(noteAndView[2]);
    assertThat(noteAndView[1]).isGreaterThanOrEqualTo(FittingTable.LEAST_LAST_COLUMN);
    int[] headerAndTallest = GuiActionRunner.execute(() -> {
      int tallest = 0;
      for (int c = 0; c < lifestyle.getColumnCount(); c++) {
        javax.swing.table.TableColumn column = lifestyle.getColumnModel().getColumn(c);
        tallest = Math.max(tallest, lifestyle.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(
            lifestyle, column.getHeaderValue(), false, false, -1, c).getPreferredSize().height);
      }
      return new int[] {lifestyle.getTableHeader().getHeight(), tallest};
    });
    assertThat(headerAndTallest[0]).as("the header as tall as its two-line headings").isGreaterThanOrEqualTo(
        headerAndTallest[1]);
  }

  @Test
  void theRejectedRowsPaneIsThereOnlyWhenRowsWereRejected() {
    GuiTests.openDiary(window, Path.of("samples", "numbness-weakness.csv"));
    window.tabbedPane("mainTabs").selectTab(MainWindow.NIGHTS_TAB);
    assertThat(rejectedPaneShowing()).isFalse();

    GuiActionRunner.execute(() -> GuiTests.windowOf(window).openDiary(REJECTED));
    GuiTests.waitFor("the second diary", () -> window.label("patientLabel").text().startsWith("Rhea Rejectmore"));
    window.tabbedPane("mainTabs").selectTab(MainWindow.NIGHTS_TAB);
    robot.waitForIdle();
    assertThat(rejectedPaneShowing()).isTrue();
    window.label("rejectedTitle").requireText(Messages.get("nights.rejected", 2));
    int paneWidth = GuiActionRunner.execute(() -> window.panel("rejectedPane").target().getWidth());
    int splitWidth = GuiActionRunner.execute(() -> window.splitPane("nightsSplit").target().getWidth());
    assertThat(paneWidth).as("the rejected rows have room").isGreaterThanOrEqualTo(splitWidth / 5);
    assertThat(window.table("rejectedTable").rowCount()).isEqualTo(2);
  }

  @Test
  void theNightsTableNamesTheRuleAndShowsTheNotesWithoutScrolling() {
    GuiTests.openDiary(window, Path.of("samples", "one-sided-swelling.csv"));
    window.tabbedPane("mainTabs").selectTab(MainWindow.NIGHTS_TAB);
    robot.waitForIdle();
    JTable table = window.table("nightsTable").target();
    List<String> flagCells = GuiActionRunner.execute(() -> {
      List<String> texts = new ArrayList<>();
      for (int row = 0; row < table.getRowCount(); row++) {
        java.awt.Component c = table.prepareRenderer(table.getCellRenderer(row, 0), row, 0);
        texts.add(((javax.swing.JLabel) c).getText());
      }
      return texts;
    });
    List<String> titles = GuiActionRunner.execute(() -> GuiTests.windowOf(window).currentDiary().orElseThrow()
        .findings().flags().stream().map(f -> f.title()).distinct().toList());
    assertThat(titles).isNotEmpty();
    assertThat(flagCells).anySatisfy(cell -> assertThat(titles).anySatisfy(t -> assertThat(cell).contains(t)));

    Rectangle notes = GuiActionRunner.execute(() -> table.getCellRect(0, table.convertColumnIndexToView(
        NightsTableModel.NOTES_COLUMN), true));
    int viewport = GuiActionRunner.execute(() -> table.getParent().getWidth());
    assertThat(notes.x + Math.min(notes.width, 120)).as("the notes on screen without scrolling")
        .isLessThanOrEqualTo(viewport);
    assertThat(GuiActionRunner.execute(() -> table.getColumnName(table.convertColumnIndexToView(
        NightsTableModel.NOTES_COLUMN)))).isEqualTo("Notes");
  }

  private boolean rejectedPaneShowing() {
    return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), "rejectedPane", JPanel.class,
        false).isShowing());
  }
}
