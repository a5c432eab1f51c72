package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.rlsviewer.domain.DeviceNight;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.service.DeviceChart;

/**
 * The Device tab: a sleep tracker's nights as their own source beside the patient's diary, named
 * by the device. The sleep-time chart has a line for each source, and the table sets the device's
 * measures beside what the diary says of the same night; nothing of one is written into the other.
 */
final class DeviceView {

  static final List<String> HEADERS = List.of("Night", "Diary: bed\u2013wake", "Diary: sleep (h)",
      "Diary: awakenings", "Device", "Device: in bed (h)", "Device: asleep (h)", "Device: awakenings",
      "Device: movement", "Device: snoring (min)", "Device: comment and tags");

  /** What the tab shows, made off the Event Dispatch Thread; no chart without device nights. */
  record Prepared(String heading, JFreeChart chart, List<List<String>> rows) {

    static Prepared of(Diary diary) {
      if (diary.deviceNights().isEmpty()) {
        return new Prepared(Messages.get("device.none"), null, List.of());
      }
      Map<java.time.LocalDate, DiaryEntry> byNight = new HashMap<>();
      diary.entries().forEach(e -> byNight.put(e.date(), e));
      List<List<String>> rows = new ArrayList<>();
      for (DeviceNight n : diary.deviceNights()) {
        DiaryEntry e = byNight.get(n.date());
        rows.add(List.of(n.date().toString(),
            e == null || e.bedtime() == null || e.wakeTime() == null ? "" : e.bedtime() + "\u2013" + e.wakeTime(),
            e == null ? "" : hours(DeviceChart.diarySleepHours(e)),
            e == null || e.awakenings() == null ? "" : e.awakenings().toString(),
            n.source(), minutesAsHours(n.timeInBedMin()), minutesAsHours(n.sleepMin()), text(n.awakenings()),
            movement(n), text(n.snoringMin()), n.notes()));
      }
      return new Prepared(Messages.get("device.heading", String.join(", ", diary.deviceSources()),
          diary.deviceNights().size()), DeviceChart.sleepTime(diary), rows);
    }

    private static String hours(Double h) {
      return h == null ? "" : String.format(Locale.ROOT, "%.1f", h);
    }

    private static String minutesAsHours(Integer minutes) {
      return minutes == null ? "" : String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    private static String text(Integer n) {
      return n == null ? "" : n.toString();
    }

    private static String movement(DeviceNight n) {
      if (n.restlessMin() != null) {
        return n.restlessMin() + " min restless";
      }
      return n.movement() == null ? "" : String.format(Locale.ROOT, "%.2f mean", n.movement());
    }
  }

  private final JLabel heading = new JLabel();
  private final ChartPanel chart = new ChartPanel(null, true);
  private final RowsTableModel model = new RowsTableModel(HEADERS);
  private final JTable table = new JTable(model);
  private final JPanel panel = new JPanel(new BorderLayout());

  DeviceView() {
    heading.setName("deviceHeading");
    heading.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
    chart.setName("deviceChart");
    table.setName("deviceTable");
    table.setAutoCreateRowSorter(true);
    table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    chart.setMinimumSize(new Dimension(200, 160));
    chart.setPreferredSize(new Dimension(480, 240)); // JFreeChart asks for 1024x768, which would size the whole tab pane
    JPanel halves = new JPanel(new GridLayout(2, 1, 0, 6));
    halves.add(chart);
    JScrollPane rows = new JScrollPane(table);
    rows.setPreferredSize(new Dimension(480, 240)); // the halves share the height the tab has
    halves.add(rows);
    panel.add(heading, BorderLayout.NORTH);
    panel.add(halves, BorderLayout.CENTER);
  }

  /** Each column as wide as its header and its longest value (up to a limit), so no header is cut. */
  private void fitColumns() {
    java.awt.FontMetrics header = table.getFontMetrics(table.getTableHeader().getFont());
    java.awt.FontMetrics cells = table.getFontMetrics(table.getFont());
    for (int c = 0; c < table.getColumnCount(); c++) {
      int width = header.stringWidth(table.getColumnName(c));
      for (int r = 0; r < table.getRowCount(); r++) {
        width = Math.max(width, cells.stringWidth(String.valueOf(table.getValueAt(r, c))));
      }
      table.getColumnModel().getColumn(c).setPreferredWidth(Math.min(width, 420) + 24);
    }
  }

  JComponent component() {
    return panel;
  }

  void applyTheme() {
    ChartTheme.apply(chart);
  }

  void show(Prepared prepared) {
    heading.setText(prepared.heading());
    chart.setChart(prepared.chart());
    ChartTheme.apply(chart);
    chart.setVisible(prepared.chart() != null);
    model.show(prepared.rows());
    fitColumns();
  }
}
