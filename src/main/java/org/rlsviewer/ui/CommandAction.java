package org.rlsviewer.ui;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;

/**
 * One command of the window, shared by its menu item, key binding and buttons. The tooltip names the
 * shortcut, so the keyboard route is discoverable. A command with a behaviour of its own extends
 * {@link WindowAction} instead of passing a runnable.
 */
class CommandAction extends AbstractAction {

  private final transient Runnable command;

  CommandAction(String messageKey, KeyStroke accelerator, Runnable command) {
    super(Messages.get(messageKey));
    this.command = command == null ? this::perform : command;
    putValue(ACTION_COMMAND_KEY, messageKey);
    if (accelerator != null) {
      putValue(ACCELERATOR_KEY, accelerator);
    }
    String tip = tooltip(messageKey);
    if (tip != null) {
      String keys = accelerator == null ? "" : " (" + describe(accelerator) + ")";
      putValue(SHORT_DESCRIPTION, tip + keys);
    }
  }

  @Override
  public void actionPerformed(ActionEvent e) {
    if (isEnabled()) {
      command.run();
    }
  }

  /** What a subclass does when chosen (used when no runnable was given). */
  void perform() {
  }

  private static String tooltip(String key) {
    try {
      return Messages.get(key + ".tip");
    } catch (java.util.MissingResourceException e) {
      return null;
    }
  }

  private static String describe(KeyStroke ks) {
    String mods = java.awt.event.InputEvent.getModifiersExText(ks.getModifiers());
    String key = java.awt.event.KeyEvent.getKeyText(ks.getKeyCode());
    return mods.isEmpty() ? key : mods + "+" + key;
  }
}
