package org.rlsviewer.ui;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
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
    FormQuestion form = new FormQuestion()
        .line(new JLabel(Messages.get("unnamed.question", HtmlText.escape(export.sourceName()), export.format())));
    export.remembered().ifPresent(p ->
        form.line(new JLabel(Messages.get("unnamed.remembered", HtmlText.escape(p.displayName())))));
    form.field("unnamed.name", KeyEvent.VK_N, name)
        .field("unnamed.id", KeyEvent.VK_I, id)
        .field("unnamed.birthDate", KeyEvent.VK_D, birth)
        .line(new JLabel(Messages.get("unnamed.without")));
    while (form.ask(owner, Messages.get("unnamed.title"), "unnamedPatientDialog", Messages.get("unnamed.import"),
        Messages.get("unnamed.withoutName"), name, name, id, birth)) {
      Optional<String> problem = problem(name.getText(), id.getText(), birth.getText());
      if (problem.isEmpty()) {
        return Optional.of(new Patient(id.getText(), name.getText(), date(birth.getText()), ""));
      }
      JOptionPane.showMessageDialog(owner, problem.get(), Messages.get("unnamed.title"), JOptionPane.WARNING_MESSAGE);
    }
    return Optional.empty();
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
}
