package org.rlsviewer.ui;

import javax.swing.KeyStroke;

/**
 * A command of the window that works out its own enabled state: it listens to the {@link WindowModel}
 * (patient on screen, selection, work running) and updates {@code setEnabled} itself.
 */
abstract class WindowAction extends CommandAction {

  final transient WindowModel model;

  WindowAction(String messageKey, KeyStroke accelerator, WindowModel model) {
    super(messageKey, accelerator, null);
    this.model = model;
    model.addListener(this::updateEnabledState);
  }

  abstract void updateEnabledState();

  @Override
  abstract void perform();
}
