package org.rlsviewer.ui;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import org.rlsviewer.service.DiaryService;

/** Sets up the look and feel and shows the main window. */
public final class Desktop {

  private Desktop() {}

  /** Properties that must be set before the first AWT call. */
  public static void prepareBeforeAwt() {
    System.setProperty("apple.laf.useScreenMenuBar", "true");
    System.setProperty("apple.awt.application.name", "RLS Diary Viewer");
    System.setProperty("flatlaf.menuBarEmbedded", "true");
  }

  /** Call on the Event Dispatch Thread: applies the theme, shows the window, opens the diary if given. */
  public static JFrame start(DiaryService service, Optional<Path> diary) {
    installTheme();
    MainWindow window = new MainWindow(service, new SwingWorkerTaskRunner(),
        Preferences.userNodeForPackage(Desktop.class));
    window.frame().setVisible(true);
    diary.ifPresent(window::openDiary);
    return window.frame();
  }

  static void installTheme() {
    FlatLaf.registerCustomDefaultsSource("org.rlsviewer.ui.themes");
    FlatLightLaf.setup();
  }
}
