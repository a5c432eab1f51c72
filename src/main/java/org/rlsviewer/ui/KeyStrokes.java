package org.rlsviewer.ui;

import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** Every keyboard shortcut of the window, in one place, so none collide. */
final class KeyStrokes {

  private KeyStrokes() {}

  private static int menuMask() {
    return Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
  }

  static final KeyStroke OPEN = KeyStroke.getKeyStroke(KeyEvent.VK_O, menuMask());
  static final KeyStroke EXPORT_PDF = KeyStroke.getKeyStroke(KeyEvent.VK_E, menuMask());
  static final KeyStroke PRINT = KeyStroke.getKeyStroke(KeyEvent.VK_P, menuMask());
  static final KeyStroke QUIT = KeyStroke.getKeyStroke(KeyEvent.VK_Q, menuMask());
  static final KeyStroke NEXT_FLAG = KeyStroke.getKeyStroke(KeyEvent.VK_J, menuMask());
  static final KeyStroke PREVIOUS_FLAG = KeyStroke.getKeyStroke(KeyEvent.VK_K, menuMask());
  static final KeyStroke IMPORT_REPORT = KeyStroke.getKeyStroke(KeyEvent.VK_I, menuMask() | InputEvent.SHIFT_DOWN_MASK);
}
