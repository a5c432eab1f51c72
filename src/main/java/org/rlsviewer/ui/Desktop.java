package org.rlsviewer.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;
import org.rlsviewer.service.ReviewArchive;

/** Sets up the look and feel and shows the main window. */
public final class Desktop {

  private Desktop() {}

  /** Properties that must be set before the first AWT call. */
  /** The window's preferences (clinician, theme, paper, clinic database ...). */
  public static Preferences preferences() {
    return Preferences.userNodeForPackage(Desktop.class);
  }

  public static void prepareBeforeAwt() {
    System.setProperty("apple.laf.useScreenMenuBar", "true");
    System.setProperty("apple.awt.application.name", "RLS Diary Viewer");
    System.setProperty("flatlaf.menuBarEmbedded", "true");
  }

  /**
   * Call on the Event Dispatch Thread: shows the window with reviews kept for this session only
   * (the smoke test: no first-run question).
   */
  public static JFrame start(DiaryService service, Optional<Path> diary) {
    return start(service, new InMemoryReviewArchive(), diary);
  }

  /**
   * Call on the Event Dispatch Thread: applies the saved theme, shows the window with reviews kept
   * in the given archive, and opens the diary if given.
   */
  public static JFrame start(DiaryService service, ReviewArchive archive, Optional<Path> diary) {
    return start(service, DiaryLibrary.session(service, archive), diary, false);
  }

  /**
   * Shows the main window, opening diaries through the library (the patient database keeps every
   * import and review between sessions), and opens the diary if given.
   */
  public static JFrame start(DiaryService service, DiaryLibrary library, Optional<Path> diary) {
    return start(service, library, diary, true);
  }

  /**
   * Call on the Event Dispatch Thread: applies the saved theme and shows the main window at once,
   * "Loading" until the service and library are made (they are made off the EDT, in parallel); the
   * first start asks for the reviewer's name, and the diary, if given, opens once they are ready.
   * When they cannot be made the window stays loading: the caller reports that and ends the program.
   */
  public static JFrame start(CompletableFuture<DiaryService> service, Function<DiaryService, DiaryLibrary> library,
      Optional<Path> diary) {
    Preferences prefs = preferences();
    Theme.install(Theme.isDark(prefs));
    MainWindow window = new MainWindow(new SwingWorkerTaskRunner(), prefs);
    window.frame().setVisible(true);
    SwingUtilities.invokeLater(() -> {
      window.askReviewerOnFirstRun();
      diary.ifPresent(window::openDiary);
    });
    service.thenApply(s -> Map.entry(s, library.apply(s)))
        .thenAccept(made -> SwingUtilities.invokeLater(() -> window.servicesReady(made.getKey(), made.getValue())));
    return window.frame();
  }

  /** With {@code askReviewer}, the first start asks for the reviewer's name before opening the diary. */
  private static JFrame start(DiaryService service, DiaryLibrary library, Optional<Path> diary, boolean askReviewer) {
    Preferences prefs = preferences();
    Theme.install(Theme.isDark(prefs));
    MainWindow window = new MainWindow(service, library, new SwingWorkerTaskRunner(), prefs);
    window.frame().setVisible(true);
    if (askReviewer) {
      javax.swing.SwingUtilities.invokeLater(() -> {
        window.askReviewerOnFirstRun();
        diary.ifPresent(window::openDiary);
      });
    } else {
      diary.ifPresent(window::openDiary);
    }
    return window.frame();
  }

  /** The light theme with the program's colours (tests). */
  static void installTheme() {
    Theme.install(false);
  }
}
