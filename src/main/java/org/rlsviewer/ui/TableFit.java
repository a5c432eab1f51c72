package org.rlsviewer.ui;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/** What a table's column headers need, so no column is made narrower than its header's words. */
final class TableFit {

  private TableFit() {}

  /** The width the header of the table's column {@code viewColumn} needs. */
  static int headerWidth(JTable table, int viewColumn) {
    TableColumn col = table.getColumnModel().getColumn(viewColumn);
    TableCellRenderer renderer = col.getHeaderRenderer() != null ? col.getHeaderRenderer()
        : table.getTableHeader().getDefaultRenderer();
    Component c = renderer.getTableCellRendererComponent(table, col.getHeaderValue(), false, false, -1, viewColumn);
    return c.getPreferredSize().width;
  }
}
