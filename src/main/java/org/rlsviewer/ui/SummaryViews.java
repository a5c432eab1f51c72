package org.rlsviewer.ui;

import static org.rlsviewer.domain.figures.FigureFormat.DISPLAY;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.figures.LifestyleRow;
import org.rlsviewer.domain.figures.WeekRow;

/** The magnesium trial verdict, the weekly table and the lifestyle table of an opened diary. */
final class SummaryViews {

  private final TrialView trialPane = new TrialView();
  private final RowsTableModel weeksModel = new RowsTableModel(List.of(
      Messages.get("weeks.week"), Messages.get("weeks.nights"), Messages.get("weeks.severity"),
      Messages.get("weeks.awakenings"), Messages.get("weeks.latency"), Messages.get("weeks.efficiency"),
      Messages.get("weeks.symptoms"), Messages.get("weeks.caffeine"), Messages.get("weeks.lateCaffeine"),
      Messages.get("weeks.alcohol"), Messages.get("weeks.exercise"), Messages.get("weeks.magnesium")));
  private final RowsTableModel lifestyleModel = new RowsTableModel(List.of(
      Messages.get("lifestyle.factor"), Messages.get("lifestyle.with"), Messages.get("lifestyle.without"),
      Messages.get("lifestyle.medianWith"), Messages.get("lifestyle.medianWithout"),
      Messages.get("lifestyle.difference"), Messages.get("lifestyle.note")));
  private final JScrollPane trial = new JScrollPane(trialPane);
  private final JTable weeksTable = new FittingTable(weeksModel);
  private final JTable lifestyleTable = new FittingTable(lifestyleModel);
  private final JScrollPane weeks = new JScrollPane(weeksTable);
  private final JPanel lifestyle = new JPanel(new BorderLayout());

  SummaryViews() {
    weeksTable.setName("weeksTable");
    lifestyleTable.setName("lifestyleTable");
    for (JTable t : List.of(weeksTable, lifestyleTable)) {
      t.setFillsViewportHeight(true);
    }
    javax.swing.JTextArea caveat = WrappedText.of(Messages.get("lifestyle.caveat"), 6, 8, 6, 8);
    caveat.setName("lifestyleCaveat");
    lifestyle.add(new JScrollPane(lifestyleTable), BorderLayout.CENTER);
    lifestyle.add(caveat, BorderLayout.SOUTH);
  }

  JComponent trial() {
    return trial;
  }

  JComponent weeks() {
    return weeks;
  }

  JComponent lifestyle() {
    return lifestyle;
  }

  /**
   * The three views' text, and the widths of the tables' columns, made ready off the Event Dispatch
   * Thread (long diaries have many weeks and trial periods); the EDT only sets them.
   */
  record Prepared(TrialView.Prepared trial, List<List<String>> weekRows, ColumnWidths weekWidths,
      List<List<String>> lifestyleRows, ColumnWidths lifestyleWidths) {}

  static Prepared prepare(DiaryAnalysis analysis) {
    List<List<String>> weekRows = WeekRow.of(analysis.weeks(), DISPLAY).stream().map(WeekRow::cells).toList();
    List<List<String>> lifestyleRows = LifestyleRow.of(analysis.lifestyle(), DISPLAY).stream()
        .map(LifestyleRow::cells).toList();
    return new Prepared(TrialView.Prepared.of(TrialText.of(analysis.trial())), weekRows, widths(weekRows),
        lifestyleRows, widths(lifestyleRows));
  }

  private static ColumnWidths widths(List<List<String>> rows) {
    return ColumnWidths.measure(rows.isEmpty() ? 0 : rows.get(0).size(), Math.min(rows.size(), ROWS_MEASURED),
        (r, c) -> rows.get(r).get(c));
  }

  void show(DiaryAnalysis analysis) {
    show(prepare(analysis));
  }

  void show(Prepared prepared) {
    trialPane.show(prepared.trial());
    weeksModel.show(prepared.weekRows());
    lifestyleModel.show(prepared.lifestyleRows());
    fitColumns(weeksTable, prepared.weekRows(), prepared.weekWidths());
    fitColumns(lifestyleTable, prepared.lifestyleRows(), prepared.lifestyleWidths());
  }

  /** Rows measured when fitting columns: enough to size them, few enough to stay quick on long diaries. */
  private static final int ROWS_MEASURED = 100;

  /** Widens each column to its header and its widest cell of the first rows, so no figure is cut off. */
  private static void fitColumns(JTable table, List<List<String>> rows, ColumnWidths measured) {
    java.util.function.BiFunction<Integer, Integer, String> text = (r, c) -> rows.get(r).get(c);
    ColumnWidths widths = measured.textWidths().length == table.getColumnCount()
        ? measured.in(table, Math.min(rows.size(), ROWS_MEASURED), text)
        : ColumnWidths.measure(table.getColumnCount(), 0, text).in(table, 0, text);
    for (int c = 0; c < table.getColumnCount(); c++) {
      table.getColumnModel().getColumn(c).setPreferredWidth(widths.columnWidth(table, c, text) + 16);
    }
  }
}
