package org.rlsviewer.ui;

import java.awt.Color;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.DefaultListCellRenderer;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;

/**
 * A list cell renderer whose HTML texts are parsed once: Swing parses a label's HTML into a new
 * view every time its text changes, and a list renderer's text changes for every cell it paints or
 * measures, so a list of HTML rows parsed every visible row on every repaint and every row when it
 * measured itself (most of the Event Dispatch Thread's time when switching patients). The views
 * are kept by text, font and colour, the most recently used first, and handed back to the label
 * instead of parsing again; what is painted is the same.
 */
class HtmlCellRenderer extends DefaultListCellRenderer {

  private static final int VIEWS_KEPT = 600;

  private record Key(String text, Font font, Color foreground) {}

  private final transient Map<Key, View> views = new LinkedHashMap<>(VIEWS_KEPT, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, View> eldest) {
      return size() > VIEWS_KEPT;
    }
  };

  @Override
  protected void firePropertyChange(String propertyName, Object oldValue, Object newValue) {
    if ("text".equals(propertyName) && newValue instanceof String text && BasicHTML.isHTMLString(text)) {
      Key key = new Key(text, getFont(), getForeground());
      View view = views.get(key);
      if (view != null) {
        putClientProperty(BasicHTML.propertyKey, view);
        return;
      }
      super.firePropertyChange(propertyName, oldValue, newValue);
      if (getClientProperty(BasicHTML.propertyKey) instanceof View made) {
        views.put(key, made);
      }
      return;
    }
    super.firePropertyChange(propertyName, oldValue, newValue);
  }
}
