package org.rlsviewer.ui;

import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.prefs.Preferences;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.rlsviewer.domain.Clinician;

/**
 * At the first start (no reviewer named in the preferences yet) asks for the reviewer's name and
 * clinic, which sign review decisions, the PDF and the History. Later (or Esc) saves nothing: the
 * question comes again at the next start, and File › Preferences holds the same fields.
 */
final class ReviewerQuestion {

  private ReviewerQuestion() {}

  /** Asks when no reviewer is named; true when a name was saved. Call on the EDT. */
  static boolean askOnFirstRun(Window owner, Preferences prefs) {
    Clinician known = ClinicianPrefs.load(prefs);
    if (!known.name().isEmpty()) {
      return false;
    }
    JTextField name = new JTextField(24);
    name.setName("reviewerName");
    JTextField clinic = new JTextField(known.clinic(), 24);
    clinic.setName("reviewerClinic");
    JPanel form = DialogParts.form();
    GridBagConstraints c = new GridBagConstraints();
    c.insets = new Insets(2, 0, 2, 6);
    c.anchor = GridBagConstraints.WEST;
    c.gridwidth = 2;
    form.add(new JLabel(Messages.get("reviewer.question")), c);
    c.gridwidth = 1;
    c.gridy = 1;
    form.add(DialogParts.labelFor("reviewer.name", KeyEvent.VK_N, name), c);
    c.gridx = 1;
    form.add(name, c);
    c.gridy = 2;
    c.gridx = 0;
    form.add(DialogParts.labelFor("reviewer.clinic", KeyEvent.VK_C, clinic), c);
    c.gridx = 1;
    form.add(clinic, c);
    Object[] options = {Messages.get("reviewer.ok"), Messages.get("reviewer.later")};
    JOptionPane pane = new JOptionPane(form, JOptionPane.QUESTION_MESSAGE, JOptionPane.DEFAULT_OPTION, null,
        options, options[0]);
    JDialog dialog = pane.createDialog(owner, Messages.get("reviewer.title"));
    dialog.setName("reviewerDialog");
    dialog.addWindowFocusListener(new WindowAdapter() {
      @Override
      public void windowGainedFocus(WindowEvent e) {
        name.requestFocusInWindow();
      }
    });
    name.addActionListener(e -> pane.setValue(options[0]));
    clinic.addActionListener(e -> pane.setValue(options[0]));
    dialog.setVisible(true);
    dialog.dispose();
    if (!options[0].equals(pane.getValue()) || name.getText().isBlank()) {
      return false;
    }
    ClinicianPrefs.save(prefs, new Clinician(name.getText(), clinic.getText()));
    return true;
  }
}
