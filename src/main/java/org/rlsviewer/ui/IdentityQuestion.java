package org.rlsviewer.ui;

import java.awt.Window;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import org.rlsviewer.service.IdentityChoice;
import org.rlsviewer.domain.IdentityConflict;

/**
 * Asks when a file's patient id is kept for another name or birth date: the same patient (update the
 * kept details), a different patient under a new id (proposed, may be changed), or cancel. Nothing
 * is imported until the clinician answers; empty when cancelled.
 */
final class IdentityQuestion {

  private IdentityQuestion() {}

  static Optional<IdentityChoice> ask(Window owner, Path file, IdentityConflict conflict) {
    Object[] options = {Messages.get("identity.same"), Messages.get("identity.different"),
        Messages.get("identity.cancel")};
    JOptionPane pane = new JOptionPane(Messages.get("identity.question", conflict.patientId(), file.getFileName(),
        conflict.kept().name(), born(conflict.kept().birthDate()), conflict.inFile().name(),
        born(conflict.inFile().birthDate())),
        JOptionPane.WARNING_MESSAGE, JOptionPane.DEFAULT_OPTION, null, options, options[2]);
    JDialog dialog = pane.createDialog(owner, Messages.get("identity.title"));
    dialog.setName("identityConflictDialog");
    dialog.setVisible(true);
    dialog.dispose();
    Object chosen = pane.getValue();
    if (options[0].equals(chosen)) {
      return Optional.of(IdentityChoice.samePatient());
    }
    if (!options[1].equals(chosen)) {
      return Optional.empty();
    }
    return askNewId(owner, conflict).map(IdentityChoice::newPatient);
  }

  private static Optional<String> askNewId(Window owner, IdentityConflict conflict) {
    JOptionPane pane = new JOptionPane(Messages.get("identity.newId", conflict.inFile().name()),
        JOptionPane.QUESTION_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
    pane.setWantsInput(true);
    pane.setInitialSelectionValue(conflict.proposedNewId());
    JDialog dialog = pane.createDialog(owner, Messages.get("identity.title"));
    dialog.setName("identityNewIdDialog");
    dialog.setVisible(true);
    dialog.dispose();
    Object value = pane.getInputValue();
    if (!Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue()) || !(value instanceof String id)
        || id.isBlank() || id.strip().equals(conflict.patientId())) {
      return Optional.empty();
    }
    return Optional.of(id.strip());
  }

  private static String born(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse(Messages.get("identity.noBirthDate"));
  }
}
