package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.event.MouseEvent;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;

/**
 * A table of figures whose last column (a note) takes the width left in the view, so a narrow
 * window does not push it out of sight behind a sideways scroll; the other columns keep the
 * widths fitted to their text. Only when even a short last column (never narrower than its
 * header) would not fit does the table scroll sideways. Headers of several words take two lines,
 * so a column is no wider than its figures need. A cell too narrow for its text shows the whole
 * text as a tooltip.
 */
final class FittingTable extends JTable {

  /** The least the last column is given before the table scrolls sideways instead. */
  static final int LEAST_LAST_COLUMN = 120;

  FittingTable(TableModel model) {
    super(model);
    setAutoResizeMode(AUTO_RESIZE_LAST_COLUMN);
  }

  /** A header as tall as its tallest heading (Swing measures only the first column's). */
  @Override
  protected JTableHeader createDefaultTableHeader() {
    return new JTableHeader(columnModel) {
      @Override
      public java.awt.Dimension getPreferredSize() {
        java.awt.Dimension size = super.getPreferredSize();
        for (int c = 0; getTable() != null && c < getColumnModel().getColumnCount(); c++) {
          size.height = Math.max(size.height, TableFit.headerSize(getTable(), c).height);
        }
        return size;
      }
    };
  }

  @Override
  public void createDefaultColumnsFromModel() {
    super.createDefaultColumnsFromModel();
    for (int c = 0; c < getColumnModel().getColumnCount(); c++) {
      TableColumn column = getColumnModel().getColumn(c);
      column.setHeaderValue(twoLines(getModel().getColumnName(column.getModelIndex())));
    }
  }

  /** The header split at the space that makes its longer line shortest, as two centred lines. */
  static String twoLines(String header) {
    int best = -1;
    for (int i = header.indexOf(' '); i >= 0; i = header.indexOf(' ', i + 1)) {
      if (best < 0 || Math.max(i, header.length() - i - 1) < Math.max(best, header.length() - best - 1)) {
        best = i;
      }
    }
    if (best < 0) {
      return header;
    }
    return "<html><center>" + escape(header.substring(0, best)) + "<br>" + escape(header.substring(best + 1))
        + "</center></html>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public boolean getScrollableTracksViewportWidth() {
    if (!(getParent() instanceof JViewport viewport) || getColumnCount() == 0) {
      return false;
    }
    int others = 0;
    for (int c = 0; c < getColumnCount() - 1; c++) {
      others += getColumnModel().getColumn(c).getPreferredWidth();
    }
    int last = Math.max(LEAST_LAST_COLUMN, TableFit.headerWidth(this, getColumnCount() - 1));
    return viewport.getWidth() >= others + last;
  }

  /** The other columns at their fitted widths and the last one given what is left (JTable would shrink them all). */
  @Override
  public void doLayout() {
    int last = getColumnCount() - 1;
    if (last < 0 || getTableHeader() != null && getTableHeader().getResizingColumn() != null) {
      super.doLayout();
      return;
    }
    int others = 0;
    for (int c = 0; c < last; c++) {
      TableColumn column = getColumnModel().getColumn(c);
      column.setWidth(column.getPreferredWidth());
      others += column.getPreferredWidth();
    }
    getColumnModel().getColumn(last).setWidth(Math.max(getWidth() - others, LEAST_LAST_COLUMN));
  }

  @Override
  public String getToolTipText(MouseEvent event) {
    int row = rowAtPoint(event.getPoint());
    int column = columnAtPoint(event.getPoint());
    if (row < 0 || column < 0) {
      return super.getToolTipText(event);
    }
    Component cell = prepareRenderer(getCellRenderer(row, column), row, column);
    if (cell instanceof JComponent c && c.getPreferredSize().width > getCellRect(row, column, false).width) {
      return String.valueOf(getValueAt(row, column));
    }
    return super.getToolTipText(event);
  }
}
