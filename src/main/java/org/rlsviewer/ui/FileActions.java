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
  static final class Open extends WindowAction {

    private final transient OpenDiaryFlow flow;
    private final transient Preferences prefs;
    private final transient JFrame frame;

    Open(WindowModel model, OpenDiaryFlow flow, Preferences prefs, JFrame frame) {
      super("menu.file.open", KeyStrokes.OPEN, model);
      this.flow = flow;
      this.prefs = prefs;
      this.frame = frame;
    }

    @Override
    void updateEnabledState() {
      setEnabled(!model.busy());
    }

    @Override
    void perform() {
      JFileChooser chooser = new JFileChooser(prefs.get("lastDirectory", System.getProperty("user.home")));
      chooser.setName("openChooser");
      chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("file.filter"), "csv", "txt", "xlsx", "xlsm", "ods", "zip"));
      if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
        flow.open(chooser.getSelectedFile().toPath());
      }
    }
  }

  /** Cancel (status bar, Escape): stops the opening under way; enabled while one is. */
  static final class Cancel extends WindowAction {

    Cancel(WindowModel model) {
      super("status.cancel", KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), model);
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.opening());
    }

    @Override
    void perform() {
      model.cancelOpening();
    }
  }

  /** File › Import Report: the rows read and set aside from the diary shown. */
  static final class ImportReport extends WindowAction {

    private final transient JFrame frame;

    ImportReport(WindowModel model, JFrame frame) {
      super("menu.file.importReport", KeyStrokes.IMPORT_REPORT, model);
      this.frame = frame;
    }

    @Override
    void updateEnabledState() {
      setEnabled(model.current().isPresent());
    }

    @Override
    void perform() {
      model.current().ifPresent(v -> ImportReportDialog.show(frame, v.session().opened().report()));
    }
  }
}
