package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.CellRendererPane;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JMenu;
import javax.swing.JTable;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableColumn;

/**
 * Finds text on screen wider than its box: labels and buttons narrower than their text (and its
 * icon and margins) need, table columns narrower than their header, and table cells in sight cut
 * without an ellipsis or a tooltip. Call on the EDT.
 */
final class ClippedText {

  /** One pixel of rounding is not a cut. */
  private static final int SLACK = 1;

  private ClippedText() {}

  /** Every text cut in the showing part of {@code root}, as "what 'text' needs N px, has M". */
  static List<String> in(Component root) {
    List<String> cut = new ArrayList<>();
    walk(root, cut);
    return cut;
  }

  private static void walk(Component c, List<String> cut) {
    if (!c.isShowing() || c instanceof CellRendererPane) {
      return;
    }
    if (outsideItsPanel(c)) {
      cut.add(describe(c) + " lies outside its panel, at " + c.getBounds() + " in " + c.getParent().getSize());
    } else if (c instanceof JLabel label && hasText(label.getText())) {
      check(c, label.getText(), cut);
    } else if (c instanceof AbstractButton button && hasText(button.getText())
        && (!(c instanceof JMenuItem) || c instanceof JMenu)) {
      check(c, button.getText(), cut);
    } else if (c instanceof JTable table) {
      checkCells(table, cut);
    } else if (c instanceof JTableHeader header && header.getTable() != null) {
      JTable table = header.getTable();
      for (int i = 0; i < table.getColumnCount(); i++) {
        TableColumn col = table.getColumnModel().getColumn(i);
        int needed = TableFit.headerWidth(table, i);
        if (needed > col.getWidth() + SLACK) {
          cut.add(describe(table) + " header '" + col.getHeaderValue() + "' needs " + needed + " px, has "
              + col.getWidth());
        }
      }
    }
    if (c instanceof Container container) {
      for (Component child : container.getComponents()) {
        walk(child, cut);
      }
    }
  }

  /**
   * The table's cells in sight whose text is wider than the cell with neither an ellipsis (Swing
   * ends a plain label's text with one; an HTML one it cuts) nor a tooltip with the whole of it.
   */
  private static void checkCells(JTable table, List<String> cut) {
    java.awt.Rectangle seen = table.getVisibleRect();
    if (seen.isEmpty() || table.getRowCount() == 0) {
      return;
    }
    int firstRow = Math.max(0, table.rowAtPoint(seen.getLocation()));
    int lastRow = table.rowAtPoint(new java.awt.Point(seen.x, seen.y + seen.height - 1));
    lastRow = lastRow < 0 ? table.getRowCount() - 1 : lastRow;
    for (int row = firstRow; row <= lastRow; row++) {
      for (int column = 0; column < table.getColumnCount(); column++) {
        java.awt.Rectangle cell = table.getCellRect(row, column, false);
        if (!cell.intersects(seen)) {
          continue;
        }
        Component drawn = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
        String text = drawn instanceof JLabel label ? label.getText()
            : drawn instanceof javax.swing.text.JTextComponent area ? area.getText() : null;
        boolean elided = drawn instanceof JLabel && !javax.swing.plaf.basic.BasicHTML.isHTMLString(text);
        if (!hasText(text) || elided || drawn.getPreferredSize().width <= cell.width + SLACK) {
          continue;
        }
        java.awt.event.MouseEvent at = new java.awt.event.MouseEvent(table, java.awt.event.MouseEvent.MOUSE_MOVED, 0,
            0, (int) cell.getCenterX(), (int) cell.getCenterY(), 0, false);
        if (table.getToolTipText(at) == null) {
          cut.add(describe(table) + " cell (" + row + ", '" + table.getColumnName(column) + "') '" + text
              + "' needs " + drawn.getPreferredSize().width + " px, has " + cell.width);
        }
      }
    }
  }

  /** A field or its label laid out beyond the panel's edge (a flow of them too long for the panel). */
  private static boolean outsideItsPanel(Component c) {
    Container parent = c.getParent();
    boolean field = (c instanceof JLabel label && hasText(label.getText()))
        || (c instanceof AbstractButton button && hasText(button.getText()))
        || c instanceof javax.swing.JTextField || c instanceof javax.swing.JComboBox;
    if (!field || parent == null || parent instanceof javax.swing.JViewport || c instanceof JMenuItem
        || parent.getWidth() == 0 || parent.getHeight() == 0) {
      return false;
    }
    return !new java.awt.Rectangle(0, 0, parent.getWidth() + SLACK, parent.getHeight() + SLACK).contains(c.getBounds());
  }

  private static void check(Component c, String text, List<String> cut) {
    int needed = c.getPreferredSize().width;
    if (needed > c.getWidth() + SLACK) {
      cut.add(describe(c) + " '" + text + "' needs " + needed + " px, has " + c.getWidth());
    }
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }

  private static String describe(Component c) {
    String name = c.getName() != null ? c.getName() : "";
    for (Container p = c.getParent(); name.isEmpty() && p != null; p = p.getParent()) {
      if (p.getName() != null && !p.getName().startsWith("null.")) {
        name = "in " + p.getName();
      }
    }
    return c.getClass().getSimpleName() + (name.isEmpty() ? "" : " (" + name + ")");
  }
}
