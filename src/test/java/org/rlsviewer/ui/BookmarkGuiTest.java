package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import javax.swing.Action;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Bookmark;

/** Bookmarking a night: the action, the mark on the severity chart, the table and detail, undo and redo. */
@ShowWindow(diary = "samples/numbness-weakness.csv")
class BookmarkGuiTest extends WindowTestCase {

  private static final LocalDate NIGHT = LocalDate.parse("2024-06-22");

  @Test
  void aBookmarkedNightIsMarkedOnTheChartAndInTheTableAndUndoTakesItAway() {
    assertThat(GuiActionRunner.execute(() -> ((JMenuItem) window.menuItem("menu.nights.bookmark").target())
        .getAction().getValue(Action.ACCELERATOR_KEY))).isEqualTo(KeyStrokes.BOOKMARK);
    window.menuItem("menu.nights.bookmark").requireDisabled();
    window.tabbedPane("mainTabs").selectTab(MainWindow.NIGHTS_TAB);
    window.table("nightsTable").selectRows(rowOf(NIGHT));
    window.menuItem("menu.nights.removeBookmark").requireDisabled();

    window.menuItem("menu.nights.bookmark").click();
    DialogFixture dialog = WindowFinder.findDialog("bookmarkDialog").withTimeout(10_000).using(robot);
    dialog.textBox("bookmarkNote").enterText("worse after the long drive").pressAndReleaseKeys(KeyEvent.VK_ENTER);
    robot.waitForIdle();

    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow().notes().bookmarks()))
        .containsExactly(new Bookmark(NIGHT, "worse after the long drive"));
    assertThat(bookmarkMarkers()).containsExactly("B1@" + NIGHT);
    assertThat(legend()).anyMatch(label -> label.startsWith("Bookmark"));
    assertThat(bookmarkCell(NIGHT)).isEqualTo("B1: worse after the long drive");
    assertThat(window.textBox("nightDetail").text()).contains("Bookmarked: worse after the long drive");
    window.menuItem("menu.nights.removeBookmark").requireEnabled();

    window.menuItem("menu.edit.undo").click();
    assertThat(bookmarkMarkers()).isEmpty();
    assertThat(legend()).noneMatch(label -> label.startsWith("Bookmark"));
    assertThat(bookmarkCell(NIGHT)).isEmpty();
    assertThat(window.textBox("nightDetail").text()).doesNotContain("Bookmarked");

    window.menuItem("menu.edit.redo").click();
    assertThat(bookmarkMarkers()).containsExactly("B1@" + NIGHT);

    // an earlier night bookmarked with an empty note, from the table's context menu: it becomes B1
    LocalDate earlier = LocalDate.parse("2024-06-10");
    window.table("nightsTable").showPopupMenuAt(TableCell.row(rowOf(earlier)).column(1))
        .menuItem("nightsMenu.menu.nights.bookmark").click();
    WindowFinder.findDialog("bookmarkDialog").withTimeout(10_000).using(robot).textBox("bookmarkNote")
        .pressAndReleaseKeys(KeyEvent.VK_ENTER);
    robot.waitForIdle();
    assertThat(bookmarkMarkers()).containsExactly("B1@" + earlier, "B2@" + NIGHT);
    assertThat(bookmarkCell(earlier)).isEqualTo("B1");
    assertThat(bookmarkCell(NIGHT)).isEqualTo("B2: worse after the long drive");

    window.table("nightsTable").showPopupMenuAt(TableCell.row(rowOf(NIGHT)).column(1))
        .menuItem("nightsMenu.menu.nights.removeBookmark").click();
    robot.waitForIdle();
    assertThat(bookmarkMarkers()).containsExactly("B1@" + earlier);
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow().notes().bookmarks()))
        .containsExactly(new Bookmark(earlier, ""));
  }

  /** The severity chart's dashed bookmark lines, as label@night. */
  private List<String> bookmarkMarkers() {
    ChartPanel chart = robot.finder().findByName(window.target(), "severityChart", ChartPanel.class, false);
    return GuiActionRunner.execute(() -> {
      Collection<?> markers = chart.getChart().getXYPlot().getDomainMarkers(Layer.BACKGROUND);
      return markers == null ? List.<String>of() : markers.stream().map(m -> (ValueMarker) m)
          .filter(m -> m.getLabel() != null && m.getLabel().startsWith("B"))
          .sorted(java.util.Comparator.comparingDouble(ValueMarker::getValue))
          .map(m -> m.getLabel() + "@" + LocalDate.ofInstant(java.time.Instant.ofEpochMilli((long) m.getValue()),
              ZoneOffset.UTC))
          .toList();
    });
  }

  private List<String> legend() {
    ChartPanel chart = robot.finder().findByName(window.target(), "severityChart", ChartPanel.class, false);
    return GuiActionRunner.execute(() -> {
      LegendItemCollection items = chart.getChart().getXYPlot().getLegendItems();
      return java.util.stream.IntStream.range(0, items.getItemCount()).mapToObj(i -> items.get(i).getLabel())
          .toList();
    });
  }

  private String bookmarkCell(LocalDate night) {
    return GuiActionRunner.execute(() -> String.valueOf(table().getModel().getValueAt(
        table().convertRowIndexToModel(rowOf(night)), table().getColumn("Bookmark").getModelIndex())));
  }

  private int rowOf(LocalDate night) {
    return GuiActionRunner.execute(() -> {
      for (int r = 0; r < table().getRowCount(); r++) {
        if (night.equals(table().getValueAt(r, table().getColumn("Date").getModelIndex()))) {
          return r;
        }
      }
      return -1;
    });
  }

  private JTable table() {
    return robot.finder().findByName(window.target(), "nightsTable", JTable.class, false);
  }
}
