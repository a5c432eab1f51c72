package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagLayout;
import java.awt.event.KeyEvent;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;

/** The parts the window's form dialogs share: labels that name their field, and the OK / Cancel row. */
final class DialogParts {

  private DialogParts() {}

  /** An empty form, its fields laid out on a grid with the dialogs' margins. */
  static JPanel form() {
    JPanel form = new JPanel(new GridBagLayout());
    form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
    return form;
  }

  /** A label for a field, its mnemonic moving the focus there. */
  static JLabel labelFor(String messageKey, int mnemonic, JComponent field) {
    JLabel label = new JLabel(Messages.get(messageKey));
    label.setLabelFor(field);
    label.setDisplayedMnemonic(mnemonic);
    return label;
  }

  /** Lays the form out above OK and Cancel; OK is the default button and Escape closes the dialog. */
  static void formWithButtons(JDialog dialog, JComponent form, JButton ok, JButton cancel) {
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(ok);
    buttons.add(cancel);
    dialog.getContentPane().add(form, BorderLayout.CENTER);
    dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
    dialog.getRootPane().setDefaultButton(ok);
    closeOnEscape(dialog);
  }

  /** Escape closes the dialog, whatever in it has the focus, as its Cancel or Close button would. */
  static void closeOnEscape(JDialog dialog) {
    dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
        KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
  }
}
