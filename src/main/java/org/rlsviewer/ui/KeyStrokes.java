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
  static final KeyStroke PATIENT_HISTORY = KeyStroke.getKeyStroke(KeyEvent.VK_H, menuMask() | InputEvent.SHIFT_DOWN_MASK);
  static final KeyStroke PRINT = KeyStroke.getKeyStroke(KeyEvent.VK_P, menuMask());
  static final KeyStroke PRINT_PREVIEW = KeyStroke.getKeyStroke(KeyEvent.VK_P, menuMask() | InputEvent.SHIFT_DOWN_MASK);
  static final KeyStroke QUIT = KeyStroke.getKeyStroke(KeyEvent.VK_Q, menuMask());
  static final KeyStroke NEXT_FLAG = KeyStroke.getKeyStroke(KeyEvent.VK_J, menuMask());
  static final KeyStroke PREVIOUS_FLAG = KeyStroke.getKeyStroke(KeyEvent.VK_K, menuMask());
  static final KeyStroke ACKNOWLEDGE = KeyStroke.getKeyStroke(KeyEvent.VK_A, menuMask() | InputEvent.SHIFT_DOWN_MASK);
  static final KeyStroke DISMISS = KeyStroke.getKeyStroke(KeyEvent.VK_D, menuMask() | InputEvent.SHIFT_DOWN_MASK);
  static final KeyStroke COMMENT = KeyStroke.getKeyStroke(KeyEvent.VK_M, menuMask() | InputEvent.SHIFT_DOWN_MASK);
  static final KeyStroke BOOKMARK = KeyStroke.getKeyStroke(KeyEvent.VK_B, menuMask());
  static final KeyStroke UNDO = KeyStroke.getKeyStroke(KeyEvent.VK_Z, menuMask());
  static final KeyStroke REDO = KeyStroke.getKeyStroke(KeyEvent.VK_Z, menuMask() | InputEvent.SHIFT_DOWN_MASK);
  static final KeyStroke FIND_PATIENT = KeyStroke.getKeyStroke(KeyEvent.VK_F, menuMask());
  static final KeyStroke DARK_THEME = KeyStroke.getKeyStroke(KeyEvent.VK_T, menuMask() | InputEvent.SHIFT_DOWN_MASK);
  static final KeyStroke PREFERENCES = KeyStroke.getKeyStroke(KeyEvent.VK_COMMA, menuMask());
  static final KeyStroke RESET_ZOOM = KeyStroke.getKeyStroke(KeyEvent.VK_0, menuMask());
  static final KeyStroke SHORTCUTS = KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0);
  static final KeyStroke IMPORT_REPORT = KeyStroke.getKeyStroke(KeyEvent.VK_I, menuMask() | InputEvent.SHIFT_DOWN_MASK);
}
