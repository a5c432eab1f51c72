package org.rlsviewer.ui;

import java.util.function.Predicate;
import javax.swing.KeyStroke;

/**
 * A command of the window that works out its own enabled state: it listens to the {@link WindowModel}
 * (patient on screen, selection, work running) and enables itself when its condition on the model holds.
 * The groups of actions ({@link FileActions}, {@link FlagActions}, ...) make them, each from what differs:
 * its name, shortcut, condition and what it does.
 */
class WindowAction extends CommandAction {

  final transient WindowModel model;
  private final transient Predicate<WindowModel> enabledWhen;

  WindowAction(String messageKey, KeyStroke accelerator, WindowModel model, Predicate<WindowModel> enabledWhen,
      Runnable perform) {
    super(messageKey, accelerator, perform);
    this.model = model;
    this.enabledWhen = enabledWhen;
    model.addListener(this::updateEnabledState);
  }

  void updateEnabledState() {
    setEnabled(enabledWhen.test(model));
  }
}
