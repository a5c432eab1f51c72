package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** The Nights tab's filters and detail pane, and the charts' link with the table. */
@ShowWindow(diary = "samples/numbness-weakness.csv")
class NightsAndChartsGuiTest extends WindowTestCase {

  @Test
  void filtersNarrowTheNightsAndTheDetailShowsTheWholeNote() {
    window.tabbedPane("mainTabs").selectTab(MainWindow.NIGHTS_TAB);
    assertThat(prefs.getInt("tab.main", -1)).isEqualTo(MainWindow.NIGHTS_TAB);
    int all = rows();
    assertThat(all).isEqualTo(39);

    window.checkBox("filterFlagged").check();
    assertThat(rows()).isEqualTo(6);
    assertThat(window.label("nightsCount").text()).isEqualTo("6 of 39 nights");
    window.checkBox("filterFlagged").uncheck();

    window.textBox("filterFrom").enterText("2024-06-10");
    window.textBox("filterTo").enterText("2024-06-16");
    long inRange = GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, table().getRowCount())
        .mapToObj(r -> (LocalDate) table().getValueAt(r, table().getColumn("Date").getModelIndex()))
        .filter(d -> !d.isBefore(LocalDate.parse("2024-06-10")) && !d.isAfter(LocalDate.parse("2024-06-16")))
        .count());
    assertThat(rows()).isEqualTo((int) inRange).isBetween(1, 7);
    window.textBox("filterFrom").deleteText();
    window.textBox("filterTo").deleteText().enterText("not a date");
    assertThat(rows()).isEqualTo(all);
    window.textBox("filterTo").deleteText();

    window.checkBox("filterNotes").check();
    int withNotes = rows();
    assertThat(withNotes).isLessThan(all).isPositive();
    window.table("nightsTable").selectRows(0);
    String note = GuiActionRunner.execute(() ->
        (String) table().getValueAt(0, table().getColumn("Notes").getModelIndex()));
    assertThat(window.textBox("nightDetail").text()).contains(note);
  }

  @Test
  void clickingANightOnTheChartSelectsItAndASelectedRowIsMarkedOnTheCharts() {
    window.tabbedPane("mainTabs").selectTab(MainWindow.OVERVIEW_TAB);
    ChartPanel chart = chart("severityChart");
    LocalDate night = LocalDate.parse("2024-06-22");
    Point at = GuiActionRunner.execute(() -> pointOf(chart, night));

    String tip = GuiActionRunner.execute(() -> chart.getToolTipText(
        new MouseEvent(chart, MouseEvent.MOUSE_MOVED, 0, 0, at.x, at.y, 0, false)));
    assertThat(tip).contains("2024-06-22");

    // the click is posted straight to the chart: under Xvfb the robot's pointer can land a few
    // pixels off, which on a chart is another night
    GuiActionRunner.execute(() -> chart.dispatchEvent(new MouseEvent(chart, MouseEvent.MOUSE_CLICKED,
        System.currentTimeMillis(), 0, at.x, at.y, 1, false, MouseEvent.BUTTON1)));
    robot.waitForIdle();
    assertThat(selectedNight()).isEqualTo(night);
    assertThat(markers(chart)).contains(millis(night));
    assertThat(markers(chart("sleepChart"))).contains(millis(night));

    window.tabbedPane("mainTabs").selectTab(MainWindow.NIGHTS_TAB);
    LocalDate other = LocalDate.parse("2024-06-26");
    int row = GuiActionRunner.execute(() -> {
      for (int r = 0; r < table().getRowCount(); r++) {
        if (other.equals(table().getValueAt(r, table().getColumn("Date").getModelIndex()))) {
          return r;
        }
      }
      return -1;
    });
    window.table("nightsTable").selectRows(row);
    assertThat(markers(chart)).contains(millis(other)).doesNotContain(millis(night));

    double fullWidth = GuiActionRunner.execute(() -> chart.getChart().getXYPlot().getDomainAxis().getRange().getLength());
    GuiActionRunner.execute(() -> chart.zoomInDomain(at.x, at.y));
    assertThat(GuiActionRunner.execute(() -> chart.getChart().getXYPlot().getDomainAxis().getRange().getLength()))
        .isLessThan(fullWidth);
    window.tabbedPane("mainTabs").selectTab(MainWindow.OVERVIEW_TAB);
    window.button("resetZoom").click();
    assertThat(GuiActionRunner.execute(() -> chart.getChart().getXYPlot().getDomainAxis().getRange().getLength()))
        .isEqualTo(fullWidth);
  }

  private static Point pointOf(ChartPanel chart, LocalDate night) {
    Rectangle2D area = chart.getScreenDataArea();
    XYPlot plot = chart.getChart().getXYPlot();
    double x = plot.getDomainAxis().valueToJava2D(millis(night), area, plot.getDomainAxisEdge());
    double y = plot.getRangeAxis().valueToJava2D(
        plot.getDataset(0).getYValue(0, (int) (night.toEpochDay() - LocalDate.parse("2024-06-03").toEpochDay())),
        area, plot.getRangeAxisEdge());
    return new Point((int) Math.round(x), (int) Math.round(y));
  }

  private java.util.List<Double> markers(ChartPanel chart) {
    return GuiActionRunner.execute(() -> {
      Collection<?> found = chart.getChart().getXYPlot().getDomainMarkers(Layer.FOREGROUND);
      return found == null ? java.util.List.<Double>of() : found.stream()
          .map(m -> ((ValueMarker) (Marker) m).getValue()).toList();
    });
  }

  private static double millis(LocalDate night) {
    return night.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private ChartPanel chart(String name) {
    return robot.finder().findByName(window.target(), name, ChartPanel.class, false);
  }

  private JTable table() {
    return robot.finder().findByName(window.target(), "nightsTable", JTable.class, false);
  }

  private int rows() {
    return GuiActionRunner.execute(() -> table().getRowCount());
  }

  private LocalDate selectedNight() {
    return GuiActionRunner.execute(() -> {
      int r = table().getSelectedRow();
      return r < 0 ? null : (LocalDate) table().getValueAt(r, table().getColumn("Date").getModelIndex());
    });
  }

}
