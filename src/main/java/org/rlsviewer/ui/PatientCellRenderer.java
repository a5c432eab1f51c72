package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JList;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.service.PatientSummary;

/**
 * A patient's two lines in the list: the name, then the urgency badge, the open flags and the last
 * night. Each line fits the list's width: a longer one ends in an ellipsis and the whole of it is in
 * the cell's tooltip, so the list never scrolls sideways.
 */
final class PatientCellRenderer extends HtmlCellRenderer {

  static final String ELLIPSIS = "\u2026";
  private static final int SIDE = 6;
  /** The second line is a little smaller than the name. */
  private static final float DETAIL_SCALE = 0.88f;

  @Override
  public Component getListCellRendererComponent(
      JList<?> l, Object value, int index, boolean isSelected, boolean cellHasFocus) {
    super.getListCellRendererComponent(l, value, index, isSelected, cellHasFocus);
    setBorder(BorderFactory.createEmptyBorder(4, SIDE, 4, SIDE));
    if (!(value instanceof PatientSummary p)) {
      return this;
    }
    String flags = p.openFlags() == 0 ? Messages.get("patients.noneOpen")
        : Messages.get("patients.openFlags", p.openFlags());
    String last = p.lastNight().map(d -> Messages.get("patients.last", d)).orElse("");
    String detail = flags + (last.isEmpty() ? "" : " \u00b7 " + last);
    Optional<Urgency> badge = p.mostUrgentOpen();
    Font font = l.getFont();
    Font bold = font.deriveFont(Font.BOLD);
    Font small = smallFont(font);
    FontMetrics smallMetrics = l.getFontMetrics(small);
    String chipText = badge.map(u -> "\u00a0" + UrgencyStyle.word(u) + "\u00a0 ").orElse("");
    int room = room(l);
    String name = fit(p.displayName(), l.getFontMetrics(bold), room);
    String shownDetail = fit(detail, smallMetrics, room - smallMetrics.stringWidth(chipText));
    String chip = badge.map(u -> "<span style='background:" + UrgencyStyle.hex(UrgencyStyle.background(u))
        + ";color:" + UrgencyStyle.hex(UrgencyStyle.foreground(u)) + "'>&nbsp;" + HtmlText.escape(UrgencyStyle.word(u))
        + "&nbsp;</span> ").orElse("");
    setText("<html><b>" + HtmlText.escape(name) + "</b><br><span style='font-size:" + small.getSize() + "pt'>"
        + chip + HtmlText.escape(shownDetail) + "</span></html>");
    boolean cut = !name.equals(p.displayName()) || !shownDetail.equals(detail);
    String urgentTip = badge.filter(u -> u == Urgency.URGENT).map(u -> Messages.get("patients.urgent.tip"))
        .orElse(null);
    setToolTipText(cut ? "<html>" + HtmlText.escape(p.displayName()) + "<br>" + HtmlText.escape(detail)
        + (urgentTip == null ? "" : "<br>" + HtmlText.escape(urgentTip)) + "</html>" : urgentTip);
    getAccessibleContext().setAccessibleName(badge.map(u -> u.label() + ", ").orElse("") + p.displayName()
        + ", " + flags + ", " + last);
    return this;
  }

  private static Font smallFont(Font font) {
    return font.deriveFont((float) Math.max(1, Math.round(font.getSize2D() * DETAIL_SCALE)));
  }

  /** The width a line may take in the list as laid out, or none (nothing is cut) before it is. */
  private static int room(JList<?> l) {
    if (l.getWidth() <= 0) {
      return Integer.MAX_VALUE;
    }
    Insets insets = l.getInsets();
    // one pixel each side for rounding between these metrics and the HTML view's
    return l.getWidth() - insets.left - insets.right - 2 * SIDE - 2;
  }

  /** The text as it fits {@code room} pixels: whole, or cut at the end with an ellipsis. */
  static String fit(String text, FontMetrics metrics, int room) {
    if (metrics.stringWidth(text) <= room) {
      return text;
    }
    int low = 0;
    int high = text.length();
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (metrics.stringWidth(text.substring(0, mid).stripTrailing() + ELLIPSIS) <= room) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return text.substring(0, low).stripTrailing() + ELLIPSIS;
  }
}
