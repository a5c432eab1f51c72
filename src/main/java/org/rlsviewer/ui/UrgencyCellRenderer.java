package org.rlsviewer.ui;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import org.rlsviewer.domain.Urgency;

/**
 * The night's flags in the nights table: the most urgent one's word on its colour, then the rules
 * that flagged the night (all of them in the tooltip); blank when none.
 */
final class UrgencyCellRenderer extends DefaultTableCellRenderer {

  @Override
  public Component getTableCellRendererComponent(
      JTable table, Object value, boolean isSelected, boolean hasFocus, int row, int column) {
    super.getTableCellRendererComponent(table, "", isSelected, hasFocus, row, column);
    setHorizontalAlignment(SwingConstants.CENTER);
    setToolTipText(null);
    if (value instanceof NightFlags night) {
      setHorizontalAlignment(SwingConstants.LEADING);
      setText(UrgencyStyle.word(night.urgency()) + "  " + night.named());
      setToolTipText(String.join(" \u00b7 ", night.rules()));
      if (!isSelected) {
        setBackground(UrgencyStyle.background(night.urgency()));
        setForeground(UrgencyStyle.foreground(night.urgency()));
      }
    } else if (value instanceof Urgency u) {
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
