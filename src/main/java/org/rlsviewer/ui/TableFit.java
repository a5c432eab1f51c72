package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/** Keeps a table's column headers whole: no column narrower than its header's words. */
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

  /**
   * Gives every column at least its header's width. A table filling its viewport keeps doing so
   * while there is room; when the headers need more room than the viewport has, it scrolls
   * sideways instead of cutting them.
   */
  static void keepHeadersWhole(JTable table) {
    int mode = table.getAutoResizeMode();
    Runnable fit = () -> {
      int needed = 0;
      for (int i = 0; i < table.getColumnCount(); i++) {
        int header = headerWidth(table, i) + 4;
        TableColumn col = table.getColumnModel().getColumn(i);
        col.setMinWidth(header);
        needed += Math.max(header, col.getPreferredWidth());
      }
      Component parent = table.getParent();
      int room = parent instanceof JViewport ? parent.getWidth() : Integer.MAX_VALUE;
      table.setAutoResizeMode(room > 0 && room < needed ? JTable.AUTO_RESIZE_OFF : mode);
    };
    table.getModel().addTableModelListener(e -> SwingUtilities.invokeLater(fit));
    ComponentAdapter resized = new ComponentAdapter() {
      @Override
      public void componentResized(ComponentEvent e) {
        fit.run();
      }
    };
    table.addHierarchyListener(e -> {
      if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.PARENT_CHANGED) != 0
          && table.getParent() instanceof JViewport viewport) {
        viewport.removeComponentListener(resized);
        viewport.addComponentListener(resized);
        SwingUtilities.invokeLater(fit);
      }
    });
    table.addPropertyChangeListener("model", e -> fit.run());
    fit.run();
  }
}
