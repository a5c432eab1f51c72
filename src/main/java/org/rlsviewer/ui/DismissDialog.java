package org.rlsviewer.ui;

import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.rlsviewer.domain.Flag;

/**
 * Asks why a flag is dismissed: a reason from a short list, or "Other" with the reason written out.
 * The dismiss button stays disabled until a reason is given, so no flag is dismissed silently.
 */
final class DismissDialog {

  /** The clinician's answer: the reason, and any further words as a comment. */
  record Dismissal(String reason, String comment) {}

  private final JDialog dialog;
  private final JComboBox<String> reasons = new JComboBox<>();
  private final JTextArea details = new JTextArea(4, 36);
  private final JButton ok = new JButton(Messages.get("dismiss.ok"));
  private Dismissal answer;

  /** @param scope what is dismissed, in words: the night ("2024-05-02") or "4 nights" for a question */
  private DismissDialog(Window owner, Flag flag, String scope) {
    dialog = new JDialog(owner, Messages.get("dismiss.title"), JDialog.ModalityType.APPLICATION_MODAL);
    dialog.setName("dismissDialog");
    reasons.setName("dismissReason");
    reasons.addItem(Messages.get("dismiss.choose"));
    for (String r : Messages.get("dismiss.reasons").split("\\|")) {
      reasons.addItem(r);
    }
    reasons.getAccessibleContext().setAccessibleName(Messages.get("dismiss.reason"));
    details.setName("dismissDetails");
    details.setLineWrap(true);
    details.setWrapStyleWord(true);
    details.getAccessibleContext().setAccessibleName(Messages.get("dismiss.details"));
    // Tab moves on from the text area instead of typing a tab
    details.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
    details.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
    ok.setName("dismissOk");
    JButton cancel = new JButton(Messages.get("dismiss.cancel"));
    cancel.setName("dismissCancel");

    JPanel form = DialogParts.form();
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.gridy = 0;
    c.anchor = GridBagConstraints.WEST;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    c.insets = new Insets(0, 0, 6, 0);
    form.add(new JLabel("<html><b>" + HtmlText.escape(flag.title()) + "</b>"
        + (flag.possible() ? " \u00b7 " + HtmlText.escape(CertaintyStyle.tag()) : "") + " \u00b7 " + HtmlText.escape(scope)
        + "<br>" + HtmlText.escape(Messages.get("dismiss.prompt")) + "</html>"), c);
    c.gridy++;
    form.add(DialogParts.labelFor("dismiss.reason", KeyEvent.VK_R, reasons), c);
    c.gridy++;
    form.add(reasons, c);
    c.gridy++;
    form.add(DialogParts.labelFor("dismiss.details", KeyEvent.VK_D, details), c);
    c.gridy++;
    c.fill = GridBagConstraints.BOTH;
    c.weighty = 1;
    form.add(new JScrollPane(details), c);

    DialogParts.formWithButtons(dialog, form, ok, cancel);

    reasons.addActionListener(e -> updateOk());
    TextChanges.onChange(details, this::updateOk);
    ok.addActionListener(e -> {
      answer = current().orElse(null);
      if (answer != null) {
        dialog.dispose();
      }
    });
    cancel.addActionListener(e -> dialog.dispose());
    updateOk();
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
  }

  /** Shows the dialog (modal) and returns the dismissal, or empty when cancelled. */
  static Optional<Dismissal> ask(Window owner, Flag flag) {
    return ask(owner, flag, flag.evidence().date().toString());
  }

  /** Shows the dialog (modal) for a flag's question or night, and returns the dismissal, or empty when cancelled. */
  static Optional<Dismissal> ask(Window owner, Flag flag, String scope) {
    DismissDialog d = new DismissDialog(owner, flag, scope);
    d.dialog.setVisible(true);
    return Optional.ofNullable(d.answer);
  }

  /** The reasons offered, in order, without the "choose" prompt. */
  static List<String> reasons() {
    return new ArrayList<>(List.of(Messages.get("dismiss.reasons").split("\\|")));
  }

  private void updateOk() {
    ok.setEnabled(current().isPresent());
  }

  private Optional<Dismissal> current() {
    return answerFor((String) reasons.getSelectedItem(), reasons.getSelectedIndex(), details.getText());
  }

  /** The dismissal for a choice (index 0 is the prompt) and the typed details; empty when incomplete. */
  static Optional<Dismissal> answerFor(String choice, int index, String typed) {
    String text = typed == null ? "" : typed.strip();
    if (index <= 0 || choice == null) {
      return Optional.empty();
    }
    if (choice.equals(Messages.get("dismiss.other"))) {
      return text.isEmpty() ? Optional.empty() : Optional.of(new Dismissal(text, ""));
    }
    return Optional.of(new Dismissal(choice, text));
  }
}
