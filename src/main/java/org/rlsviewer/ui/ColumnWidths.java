package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.BiFunction;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.TableColumn;

/**
 * How wide a table's cells are, measured off the Event Dispatch Thread from the font's metrics
 * (the widest text of each column over its first rows); on the EDT only one cell and the header
 * of each column go through their renderers, for the borders around the text. Measuring every cell
 * through its renderer on the EDT took a noticeable time on long diaries.
 *
 * @param font the table font the texts were measured in (null: no theme yet, measured on the EDT)
 * @param textWidths the widest cell text of each model column
 */
record ColumnWidths(Font font, int[] textWidths) {

  /** Measures the texts of the first {@code rows} rows; {@code text} gives a cell's text as its renderer writes it. */
  static ColumnWidths measure(int columns, int rows, BiFunction<Integer, Integer, String> text) {
    Font font = UIManager.getFont("Table.font");
    if (font == null) {
      return new ColumnWidths(null, new int[columns]);
    }
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      return new ColumnWidths(font, widths(g.getFontMetrics(font), columns, rows, text));
    } finally {
      g.dispose();
    }
  }

  private static int[] widths(FontMetrics fm, int columns, int rows, BiFunction<Integer, Integer, String> text) {
    int[] widths = new int[columns];
    for (int row = 0; row < rows; row++) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], fm.stringWidth(text.apply(row, c)));
      }
    }
    return widths;
  }

  /** These widths, or, when the table's font is not the one measured in (the theme changed), the texts measured again. */
  ColumnWidths in(JTable table, int rows, BiFunction<Integer, Integer, String> text) {
    Font shown = table.getFont();
    return shown.equals(font) ? this
        : new ColumnWidths(shown, widths(table.getFontMetrics(shown), table.getModel().getColumnCount(), rows, text));
  }

  /**
   * The width a view column needs: its header's, or its widest text with the border its renderer
   * puts round a cell, whichever is more. On the EDT, after {@link #in}.
   */
  int columnWidth(JTable table, int viewColumn, BiFunction<Integer, Integer, String> text) {
    TableColumn column = table.getColumnModel().getColumn(viewColumn);
    int model = column.getModelIndex();
    int width = TableFit.headerWidth(table, viewColumn);
    if (table.getRowCount() > 0) {
      Component cell = table.prepareRenderer(table.getCellRenderer(0, viewColumn), 0, viewColumn);
      int border = cell.getPreferredSize().width
          - cell.getFontMetrics(cell.getFont()).stringWidth(text.apply(table.convertRowIndexToModel(0), model));
      width = Math.max(width, textWidths[model] + Math.max(0, border));
    }
    return width;
  }
}
