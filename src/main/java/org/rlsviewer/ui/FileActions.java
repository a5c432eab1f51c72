package org.rlsviewer.ui;

import java.awt.event.KeyEvent;
import java.util.prefs.Preferences;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The File menu's actions on diaries: open one, cancel an opening, see how the one shown was imported. */
final class FileActions {

  private FileActions() {}

  /** File › Open: chooses a diary file and opens it; enabled while no work runs. */
  static WindowAction open(WindowModel model, OpenDiaryFlow flow, Preferences prefs, JFrame frame) {
    return new WindowAction("menu.file.open", KeyStrokes.OPEN, model, m -> !m.busy(), () -> {
      JFileChooser chooser = new JFileChooser(prefs.get("lastDirectory", System.getProperty("user.home")));
      chooser.setName("openChooser");
      chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("file.filter"), "csv", "txt", "xlsx", "xlsm", "ods", "zip"));
      if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
        flow.open(chooser.getSelectedFile().toPath());
      }
    });
  }

  /**
   * File › Add Device Data…: chooses a sleep tracker's export and adds its nights beside the diary
   * of the patient shown, as the device source; enabled while a patient is shown and no work runs.
   */
  static WindowAction addDevice(WindowModel model, OpenDiaryFlow flow, Preferences prefs, JFrame frame) {
    return new WindowAction("menu.file.addDevice", null, model, m -> !m.busy() && m.current().isPresent(), () -> {
      JFileChooser chooser = new JFileChooser(prefs.get("lastDirectory", System.getProperty("user.home")));
      chooser.setName("deviceChooser");
      chooser.setDialogTitle(Messages.get("device.chooser.title"));
      chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("device.filter"), "csv", "json", "xml", "zip"));
      if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
        flow.addDevice(chooser.getSelectedFile().toPath());
      }
    });
  }

  /** Cancel (status bar, Escape): stops the opening under way; enabled while one is. */
  static WindowAction cancel(WindowModel model) {
    return new WindowAction("status.cancel", KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), model,
        WindowModel::opening, model::cancelOpening);
  }

  /** File › Import Report: the rows read and set aside from the diary shown. */
  static WindowAction importReport(WindowModel model, JFrame frame) {
    return new WindowAction("menu.file.importReport", KeyStrokes.IMPORT_REPORT, model, m -> m.current().isPresent(),
        () -> model.current().ifPresent(v -> ImportReportDialog.show(frame, v.session().opened().report())));
  }
}
