package org.rlsviewer.ui;

import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import org.rlsviewer.domain.Flag;

/** A flag in the review list: urgency word on its colour, night, and title. */
final class FlagCellRenderer extends DefaultListCellRenderer {

  @Override
  public Component getListCellRendererComponent(
      JList<?> list, Object value, int index, boolean isSelected, boolean cellHasFocus) {
    super.getListCellRendererComponent(list, value, index, isSelected, cellHasFocus);
    if (value instanceof Flag flag) {
      String chip = "<span style='background:" + UrgencyStyle.hex(UrgencyStyle.background(flag.urgency()))
          + ";color:" + UrgencyStyle.hex(UrgencyStyle.foreground(flag.urgency())) + "'>&nbsp;"
          + UrgencyStyle.word(flag.urgency()) + "&nbsp;</span>";
      setText("<html>" + chip + "&nbsp; " + flag.evidence().date() + " &nbsp;<b>"
          + HtmlText.escape(flag.title()) + "</b> <font color='gray'>(" + flag.evidence().field().column()
          + ")</font></html>");
      setToolTipText(flag.rationale());
    }
    return this;
  }
}
