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
  static final class History extends WindowAction {

    private final transient WindowServices services;
    private final transient TaskRunner tasks;
    private final transient JFrame frame;

    History(WindowModel model, WindowServices services, TaskRunner tasks, JFrame frame) {
      super("menu.patient.history", KeyStrokes.PATIENT_HISTORY, model);
      this.services = services;
      this.tasks = tasks;
      this.frame = frame;
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.current().isPresent() && model.keepsPatients());
    }

    @Override
    void perform() {
      ReviewSession current = model.current().orElseThrow().session();
      String key = current.patientKey();
      String name = current.opened().diary().patient().displayName();
      DiaryLibrary library = services.library();
      tasks.run(() -> library.history(key), events -> PatientHistoryDialog.show(frame, name, events),
          e -> Alerts.showError(frame, Messages.get("history.title", name), Alerts.describe(e)));
    }
  }

  /** Patient › Delete Patient: after a confirmation, deletes everything kept of the patient shown. */
  static final class Delete extends WindowAction {

    private final transient WindowServices services;
    private final transient ReviewWriter writer;
    private final transient TaskRunner tasks;
    private final transient JFrame frame;
    private final transient Runnable flushVisit;
    private final transient Consumer<String> onDeleted;

    /** @param onDeleted told, on the EDT, the key of the patient deleted (gone from the model by then) */
    Delete(WindowModel model, WindowServices services, ReviewWriter writer, TaskRunner tasks, JFrame frame,
        Runnable flushVisit, Consumer<String> onDeleted) {
      super("menu.patient.delete", null, model);
      this.services = services;
      this.writer = writer;
      this.tasks = tasks;
      this.frame = frame;
      this.flushVisit = flushVisit;
      this.onDeleted = onDeleted;
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.current().isPresent() && !model.busy() && model.keepsPatients());
    }

    @Override
    void perform() {
      ReviewSession session = model.current().orElseThrow().session();
      String key = session.patientKey();
      String name = session.opened().diary().patient().displayName();
      Object[] choices = {Messages.get("delete.button"), UIManager.getString("OptionPane.cancelButtonText")};
      int choice = JOptionPane.showOptionDialog(frame, Messages.get("delete.confirm", name),
          Messages.get("delete.confirm.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null,
          choices, choices[1]);
      if (choice != 0) {
        return;
      }
      flushVisit.run();
      model.busy(true, Messages.get("status.ready"));
      DiaryLibrary library = services.library();
      tasks.run(() -> {
        writer.awaitWritten(10_000); // on the worker: the deletion must come after the review writes
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
  }
}
