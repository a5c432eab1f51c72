package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JTable;
import javax.swing.RowSorter;
import javax.swing.UIManager;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/** What a table's column headers need, so no column is made narrower than its header's words. */
final class TableFit {

  private static final int SIZES_KEPT = 200;

  /**
   * What a header's size depends on: its renderer, text, font, the primary sort key (the sort icon)
   * and the look and feel (a new one has new defaults).
   */
  private record Key(TableCellRenderer renderer, Object value, Font font, Object sortKey, Object lookAndFeel) {}

  /**
   * Header sizes measured: a two-line header is HTML, and Swing parses a label's HTML into a new
   * view each time the renderer's text is set, so every measure of every header (each open, switch
   * and layout of a table) was a parse on the Event Dispatch Thread. Used on the EDT only.
   */
  private static final Map<Key, Dimension> SIZES = new LinkedHashMap<>(SIZES_KEPT, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Dimension> eldest) {
      return size() > SIZES_KEPT;
    }
  };

  private TableFit() {}

  /** The width the header of the table's column {@code viewColumn} needs. */
  static int headerWidth(JTable table, int viewColumn) {
    return headerSize(table, viewColumn).width;
  }

  /** The size the header of the table's column {@code viewColumn} asks for. */
  static Dimension headerSize(JTable table, int viewColumn) {
    TableColumn col = table.getColumnModel().getColumn(viewColumn);
    TableCellRenderer renderer = col.getHeaderRenderer() != null ? col.getHeaderRenderer()
        : table.getTableHeader().getDefaultRenderer();
    Key key = new Key(renderer, col.getHeaderValue(), table.getTableHeader().getFont(),
        primarySortKey(table, col.getModelIndex()), UIManager.getLookAndFeelDefaults());
    Dimension size = SIZES.get(key);
    if (size == null) {
      Component c = renderer.getTableCellRendererComponent(table, col.getHeaderValue(), false, false, -1, viewColumn);
      size = c.getPreferredSize();
      SIZES.put(key, size);
    }
    return new Dimension(size);
  }

  private static Object primarySortKey(JTable table, int modelColumn) {
    RowSorter<?> sorter = table.getRowSorter();
    if (sorter == null) {
      return null;
    }
    List<? extends RowSorter.SortKey> keys = sorter.getSortKeys();
    return keys.isEmpty() || keys.get(0).getColumn() != modelColumn ? null : keys.get(0).getSortOrder();
  }
}
