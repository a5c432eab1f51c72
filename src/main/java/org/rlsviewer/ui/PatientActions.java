package org.rlsviewer.ui;

import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.UIManager;
import org.rlsviewer.service.DiaryLibrary;

/** The Patient menu: what the library keeps of the patient on screen. */
final class PatientActions {

  private PatientActions() {}

  /** Patient › History: the audit trail of the patient shown, read off the EDT. */
  static WindowAction history(WindowContext window) {
    WindowModel model = window.model();
    JFrame frame = window.frame();
    return new WindowAction("menu.patient.history", KeyStrokes.PATIENT_HISTORY, model,
        m -> m.current().isPresent() && m.keepsPatients(), () -> {
          ReviewSession current = model.current().orElseThrow().session();
          String key = current.patientKey();
          String name = current.opened().diary().patient().displayName();
          DiaryLibrary library = window.services().library();
          window.tasks().run(() -> library.history(key), events -> PatientHistoryDialog.show(frame, name, events),
              e -> Alerts.showError(frame, Messages.get("history.title", name), Alerts.describe(e)));
        });
  }

  /**
   * Patient › Delete Patient: after a confirmation, deletes everything kept of the patient shown.
   *
   * @param onDeleted told, on the EDT, the key of the patient deleted (gone from the model by then)
   */
  static WindowAction delete(WindowContext window, Runnable flushVisit, Consumer<String> onDeleted) {
    WindowModel model = window.model();
    JFrame frame = window.frame();
    return new WindowAction("menu.patient.delete", null, model,
        m -> m.current().isPresent() && !m.busy() && m.keepsPatients(), () -> {
          ReviewSession session = model.current().orElseThrow().session();
          String key = session.patientKey();
          String name = session.opened().diary().patient().displayName();
          if (confirmDelete(frame, name)) {
            flushVisit.run();
            model.busy(true, Messages.get("status.ready"));
            DiaryLibrary library = window.services().library();
            window.tasks().run(() -> {
              window.writer().awaitWritten(10_000); // on the worker: the deletion must come after the review writes
              return library.delete(key);
            }, deleted -> {
              model.remove(key);
              onDeleted.accept(key);
              model.busy(false, Messages.get("status.deleted", name));
            }, e -> {
              model.busy(false, Messages.get("status.ready"));
              Alerts.showError(frame, Messages.get("delete.failed.title"), Alerts.describe(e));
            });
          }
        });
  }

  private static boolean confirmDelete(JFrame frame, String name) {
    Object[] choices = {Messages.get("delete.button"), UIManager.getString("OptionPane.cancelButtonText")};
    return JOptionPane.showOptionDialog(frame, Messages.get("delete.confirm", name),
        Messages.get("delete.confirm.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null,
        choices, choices[1]) == 0;
  }
}
