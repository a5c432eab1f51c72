package org.rlsviewer.ui;

import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.UnnamedExport;

/**
 * Asks who the patient of an export that names no one is: name, patient id, date of birth, proposing
 * the patient an earlier export with the same fingerprint was imported as. Import (Enter) gives the
 * patient; Without a name, or Esc, keeps the export as an unnamed patient of its own (the dialog says so).
 */
final class UnnamedPatientQuestion {

  private UnnamedPatientQuestion() {}

  /** The patient given; empty for an unnamed patient of its own. */
  static Optional<Patient> ask(Window owner, UnnamedExport export) {
    Patient proposed = export.remembered().orElse(export.inFile());
    JTextField name = field("unnamedName", proposed.name());
    JTextField id = field("unnamedId", proposed.id());
    JTextField birth = field("unnamedBirthDate", proposed.birthDate().map(LocalDate::toString).orElse(""));
    JPanel form = DialogParts.form();
    GridBagConstraints c = new GridBagConstraints();
    c.insets = new Insets(2, 0, 2, 6);
    c.anchor = GridBagConstraints.WEST;
    c.gridx = 0;
    c.gridy = 0;
    c.gridwidth = 2;
    form.add(new JLabel(Messages.get("unnamed.question", HtmlText.escape(export.sourceName()), export.format())), c);
    if (export.remembered().isPresent()) {
      c.gridy++;
      form.add(new JLabel(Messages.get("unnamed.remembered",
          HtmlText.escape(export.remembered().get().displayName()))), c);
    }
    c.gridwidth = 1;
    row(form, c, "unnamed.name", KeyEvent.VK_N, name);
    row(form, c, "unnamed.id", KeyEvent.VK_I, id);
    row(form, c, "unnamed.birthDate", KeyEvent.VK_D, birth);
    c.gridx = 0;
    c.gridy++;
    c.gridwidth = 2;
    form.add(new JLabel(Messages.get("unnamed.without")), c);
    Object[] options = {Messages.get("unnamed.import"), Messages.get("unnamed.withoutName")};
    while (true) {
      JOptionPane pane = new JOptionPane(form, JOptionPane.QUESTION_MESSAGE, JOptionPane.DEFAULT_OPTION, null,
          options, options[0]);
      JDialog dialog = pane.createDialog(owner, Messages.get("unnamed.title"));
      dialog.setName("unnamedPatientDialog");
      dialog.addWindowFocusListener(new WindowAdapter() {
        @Override
        public void windowGainedFocus(WindowEvent e) {
          name.requestFocusInWindow();
        }
      });
      // Enter in a field imports, as the default button would
      for (JTextField f : new JTextField[] {name, id, birth}) {
        for (var l : f.getActionListeners()) {
          f.removeActionListener(l);
        }
        f.addActionListener(e -> pane.setValue(options[0]));
      }
      dialog.setVisible(true);
      dialog.dispose();
      if (!options[0].equals(pane.getValue())) {
        return Optional.empty();
      }
      Optional<String> problem = problem(name.getText(), id.getText(), birth.getText());
      if (problem.isEmpty()) {
        return Optional.of(new Patient(id.getText(), name.getText(), date(birth.getText()), ""));
      }
      JOptionPane.showMessageDialog(owner, problem.get(), Messages.get("unnamed.title"), JOptionPane.WARNING_MESSAGE);
    }
  }

  /** What is wrong with the answer; empty when it names a patient. */
  static Optional<String> problem(String name, String id, String birthDate) {
    if (name.isBlank() && id.isBlank()) {
      return Optional.of(Messages.get("unnamed.needsNameOrId"));
    }
    if (!birthDate.isBlank() && date(birthDate).isEmpty()) {
      return Optional.of(Messages.get("unnamed.badDate", birthDate.strip()));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static JTextField field(String name, String text) {
    JTextField f = new JTextField(text, 24);
    f.setName(name);
    return f;
  }

  private static void row(JPanel form, GridBagConstraints c, String label, int mnemonic, JTextField field) {
    c.gridy++;
    c.gridx = 0;
    form.add(DialogParts.labelFor(label, mnemonic, field), c);
    c.gridx = 1;
    form.add(field, c);
  }
}
