package org.rlsviewer.ui;

import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * A sentence shown as a label that wraps to the width it is given, so on a small or scaled screen
 * it takes more lines instead of being cut.
 */
final class WrappedText {

  private WrappedText() {}

  /** Read-only, unfocusable text in the label's font and colours, with the given margins. */
  static JTextArea of(String text, int top, int left, int bottom, int right) {
    JTextArea area = new JTextArea(text);
    area.setEditable(false);
    area.setFocusable(false);
    area.setLineWrap(true);
    area.setWrapStyleWord(true);
    area.setOpaque(false);
    area.setFont(UIManager.getFont("Label.font"));
    area.setForeground(UIManager.getColor("Label.foreground"));
    area.setBorder(BorderFactory.createEmptyBorder(top, left, bottom, right));
    // a narrow preferred width: the layout gives it the room there is, and it wraps to that
    area.setColumns(20);
    return area;
  }
}
