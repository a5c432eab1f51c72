package org.rlsviewer.ui;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
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
    boolean ok = new FormQuestion()
        .line(new JLabel(Messages.get("reviewer.question")))
        .field("reviewer.name", KeyEvent.VK_N, name)
        .field("reviewer.clinic", KeyEvent.VK_C, clinic)
        .ask(owner, Messages.get("reviewer.title"), "reviewerDialog", Messages.get("reviewer.ok"),
            Messages.get("reviewer.later"), name, name, clinic);
    if (!ok || name.getText().isBlank()) {
      return false;
    }
    ClinicianPrefs.save(prefs, new Clinician(name.getText(), clinic.getText()));
    return true;
  }
}
