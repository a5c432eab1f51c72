package org.rlsviewer.ui;

import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * A question asked with a small form of text fields: the explanation across the top, one labelled
 * field per row, and two answers below, the first the default. Enter in a field gives the first
 * answer; Esc or closing the dialog gives the second.
 */
final class FormQuestion {

  private final JPanel form = DialogParts.form();
  private final GridBagConstraints c = new GridBagConstraints();

  FormQuestion() {
    c.insets = new Insets(2, 0, 2, 6);
    c.anchor = GridBagConstraints.WEST;
    c.gridy = -1;
  }

  /** A line across the form (an explanation). */
  FormQuestion line(JComponent text) {
    c.gridy++;
    c.gridx = 0;
    c.gridwidth = 2;
    c.insets = new Insets(4, 0, 8, 6);
    form.add(text, c);
    c.insets = new Insets(2, 0, 2, 6);
    c.gridwidth = 1;
    return this;
  }

  /** A labelled field; the label's mnemonic moves the focus there. */
  FormQuestion field(String labelKey, int mnemonic, JTextField field) {
    c.gridy++;
    c.gridx = 0;
    form.add(DialogParts.labelFor(labelKey, mnemonic, field), c);
    c.gridx = 1;
    form.add(field, c);
    return this;
  }

  /**
   * Shows the form until answered; true for the first answer. {@code focus} has the focus when the
   * dialog opens; the fields are those whose Enter gives the first answer.
   */
  boolean ask(Window owner, String title, String dialogName, String firstAnswer, String secondAnswer,
      JTextField focus, JTextField... fields) {
    Object[] answers = {firstAnswer, secondAnswer};
    JOptionPane pane = new JOptionPane(form, JOptionPane.QUESTION_MESSAGE, JOptionPane.DEFAULT_OPTION, null,
        answers, answers[0]);
    JDialog dialog = pane.createDialog(owner, title);
    dialog.setName(dialogName);
    dialog.addWindowFocusListener(new WindowAdapter() {
      @Override
      public void windowGainedFocus(WindowEvent e) {
        focus.requestFocusInWindow();
      }
    });
    java.awt.event.ActionListener enter = e -> pane.setValue(answers[0]);
    for (JTextField f : fields) {
      f.removeActionListener(enter);
      f.addActionListener(enter);
    }
    try {
      dialog.setVisible(true);
    } finally {
      dialog.dispose();
      for (JTextField f : fields) {
        f.removeActionListener(enter);
      }
    }
    return answers[0].equals(pane.getValue());
  }
}
