package org.rlsviewer.ui;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import org.rlsviewer.domain.Urgency;

/** The night's most urgent flag in the nights table: the word on its colour, blank when none. */
final class UrgencyCellRenderer extends DefaultTableCellRenderer {

  @Override
  public Component getTableCellRendererComponent(
      JTable table, Object value, boolean isSelected, boolean hasFocus, int row, int column) {
    super.getTableCellRendererComponent(table, "", isSelected, hasFocus, row, column);
    setHorizontalAlignment(SwingConstants.CENTER);
    if (value instanceof Urgency u) {
      setText(UrgencyStyle.word(u));
      if (!isSelected) {
        setBackground(UrgencyStyle.background(u));
        setForeground(UrgencyStyle.foreground(u));
      }
    } else if (!isSelected) {
      setBackground(table.getBackground());
      setForeground(table.getForeground());
    }
    return this;
  }
}
