package org.rlsviewer.ui;

import java.awt.Color;
import java.util.Locale;
import javax.swing.UIManager;
import org.rlsviewer.domain.Urgency;

/**
 * Colours and words for urgencies. Colours come from the theme's properties
 * ({@code RlsViewer.urgency.<name>.background}), so they suit light and dark themes; the word is
 * always shown too, because colour alone fails colour-blind readers and grey-scale print.
 */
final class UrgencyStyle {

  private UrgencyStyle() {}

  static Color background(Urgency urgency) {
    Color c = UIManager.getColor(key(urgency, "background"));
    return c != null ? c : UIManager.getColor("Panel.background");
  }

  static Color foreground(Urgency urgency) {
    Color c = UIManager.getColor(key(urgency, "foreground"));
    return c != null ? c : UIManager.getColor("Label.foreground");
  }

  /** Secondary text (a field name, a rule's id) that still reads at 4.5:1 on the theme's lists. */
  static Color muted() {
    Color c = UIManager.getColor("RlsViewer.text.muted");
    return c != null ? c : UIManager.getColor("Label.foreground");
  }

  static String word(Urgency urgency) {
    return urgency.tag();
  }

  static String hex(Color c) {
    return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static String key(Urgency urgency, String part) {
    return "RlsViewer.urgency." + urgency.name().toLowerCase(Locale.ROOT) + "." + part;
  }
}
