package org.rlsviewer.ui;

import static org.rlsviewer.domain.figures.FigureFormat.DISPLAY;

import java.awt.BorderLayout;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.PeriodComparison;
import org.rlsviewer.domain.PeriodKind;
import org.rlsviewer.domain.TrialAnalysis;
import org.rlsviewer.domain.figures.LifestyleRow;
import org.rlsviewer.domain.figures.MeasureRow;
import org.rlsviewer.domain.figures.TrialPeriodRow;
import org.rlsviewer.domain.figures.WeekRow;

/** The magnesium trial verdict, the weekly table and the lifestyle table of an opened diary. */
final class SummaryViews {

  private final JEditorPane trialPane = new JEditorPane("text/html", "");
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
  private final JTable weeksTable = new JTable(weeksModel);
  private final JTable lifestyleTable = new JTable(lifestyleModel);
  private final JScrollPane weeks = new JScrollPane(weeksTable);
  private final JPanel lifestyle = new JPanel(new BorderLayout());

  SummaryViews() {
    trialPane.setName("trialPane");
    trialPane.setEditable(false);
    trialPane.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    weeksTable.setName("weeksTable");
    lifestyleTable.setName("lifestyleTable");
    for (JTable t : List.of(weeksTable, lifestyleTable)) {
      t.setFillsViewportHeight(true);
      t.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
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

  /** The text of the three views, made ready off the Event Dispatch Thread (long diaries have many weeks). */
  record Prepared(String trialHtml, javax.swing.text.Document trialDocument, List<List<String>> weekRows,
      List<List<String>> lifestyleRows) {}

  static Prepared prepare(DiaryAnalysis analysis) {
    String trialHtml = trialHtml(analysis.trial());
    return new Prepared(trialHtml, HtmlText.document(trialHtml),
        WeekRow.of(analysis.weeks(), DISPLAY).stream().map(WeekRow::cells).toList(),
        LifestyleRow.of(analysis.lifestyle(), DISPLAY).stream().map(LifestyleRow::cells).toList());
  }

  void show(DiaryAnalysis analysis) {
    show(prepare(analysis));
  }

  void show(Prepared prepared) {
    trialPane.setDocument(prepared.trialDocument());
    trialPane.setCaretPosition(0);
    weeksModel.show(prepared.weekRows());
    lifestyleModel.show(prepared.lifestyleRows());
    fitColumns(weeksTable);
    fitColumns(lifestyleTable);
  }

  /** Rows measured when fitting columns: enough to size them, few enough to stay quick on long diaries. */
  private static final int ROWS_MEASURED = 100;

  /** Widens each column to its header and its widest cell, so no figure is cut off. */
  private static void fitColumns(JTable table) {
    for (int c = 0; c < table.getColumnCount(); c++) {
      TableColumn column = table.getColumnModel().getColumn(c);
      TableCellRenderer header = table.getTableHeader().getDefaultRenderer();
      int width = header.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, c)
          .getPreferredSize().width;
      for (int r = 0; r < Math.min(table.getRowCount(), ROWS_MEASURED); r++) {
        width = Math.max(width, table.prepareRenderer(table.getCellRenderer(r, c), r, c).getPreferredSize().width);
      }
      column.setPreferredWidth(width + 16);
    }
  }

  static String trialHtml(TrialAnalysis trial) {
    StringBuilder b = new StringBuilder("<html><body style='padding:8px'>");
    if (!trial.hasTrial()) {
      return b.append("<p>").append(HtmlText.escape(Messages.get("trial.none"))).append("</p></body></html>")
          .toString();
    }
    b.append("<p>");
    for (TrialPeriodRow p : TrialPeriodRow.of(trial.periods(), DISPLAY)) {
      b.append(HtmlText.escape(Messages.get("trial.period", p.label(), p.first(), p.last(), p.nightsLogged(),
          p.nightsInPeriod())));
      if (!p.sideEffectCounts().isEmpty()) {
        b.append(HtmlText.escape(" \u00b7 " + Messages.get("trial.sideEffects", p.sideEffectCounts().stream()
            .map(s -> s.effect() + " " + s.nights()).collect(Collectors.joining(", ")))));
      }
      b.append("<br>");
    }
    if (trial.periods().stream().noneMatch(p -> p.kind() == PeriodKind.BASELINE)) {
      b.append(HtmlText.escape(Messages.get("trial.noBaseline"))).append("<br>");
    }
    b.append(HtmlText.escape(Messages.get("trial.adherence", trial.dosedNights(), trial.trialNights(),
        DISPLAY.share(trial.adherence())))).append("</p>");
    b.append("<p><i>").append(HtmlText.escape(TrialAnalysis.CAVEAT)).append("</i></p>");
    for (PeriodComparison c : trial.comparisons()) {
      b.append("<h3>").append(HtmlText.escape(Messages.get("trial.compared", c.period().label(),
          c.period().first(), c.period().last()))).append("</h3><table cellpadding='3'><tr>");
      for (String h : List.of("trial.measure", "trial.verdict", "trial.baseline", "trial.thisPeriod",
          "trial.shift", "trial.ci", "trial.p")) {
        b.append("<th align='left'>").append(HtmlText.escape(Messages.get(h))).append("</th>");
      }
      b.append("</tr>");
      for (MeasureRow m : MeasureRow.of(c.measures(), DISPLAY)) {
        b.append("<tr><td>").append(HtmlText.escape(m.measure())).append("</td><td><b>")
            .append(HtmlText.escape(m.verdictLabel())).append("</b></td><td>")
            .append(HtmlText.escape(m.baseline())).append("</td><td>")
            .append(HtmlText.escape(m.period())).append("</td>");
        if (m.reason().isEmpty()) {
          b.append("<td>").append(HtmlText.escape(m.shift())).append("</td><td>")
              .append(HtmlText.escape(m.interval()))
              .append("</td><td>").append(HtmlText.escape(m.pValue())).append("</td>");
        } else {
          b.append("<td colspan='3'><font color='gray'>").append(HtmlText.escape(m.reason())).append("</font></td>");
        }
        b.append("</tr>");
      }
      b.append("</table>");
    }
    b.append("<p><font color='gray'>").append(HtmlText.escape(Messages.get("trial.explain",
        trial.minimumTrialNights(), trial.minimumPeriodNights()))).append("</font></p>");
    return b.append("</body></html>").toString();
  }
}
