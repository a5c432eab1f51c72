package org.rlsviewer.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.swing.SwingUtilities;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.ui.Desktop;
import org.rlsviewer.ui.SmokeTest;

/** Starts the window, or runs a headless command when the first argument names one. */
public final class Main {

  /** Opens the window on a diary, paints one frame and exits: the installer check and the CDS training run. */
  static final String SMOKE_TEST = "--smoke-test";

  private Main() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    if (args.length == 2 && SMOKE_TEST.equals(args[0])) {
      CompletableFuture<DiaryService> service = CompletableFuture.supplyAsync(Main::newService);
      Desktop.prepareBeforeAwt();
      SmokeTest.run(() -> serviceOrExit(service), Path.of(args[1]), started, System.out, System::exit);
      return;
    }
    // the window on a clinic's database: --db URL [DIARY]
    Optional<String> db = Optional.empty();
    if (args.length >= 2 && args.length <= 3 && "--db".equals(args[0])) {
      db = Optional.of(args[1]);
      args = java.util.Arrays.copyOfRange(args, 2, args.length);
    }
    if (CommandLine.isCommand(args) || args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
      if (db.isPresent()) {
        System.err.println("error: --db URL [DIARY.csv] opens the window; the commands take --db after their name");
        System.exit(CommandLine.USAGE);
      }
      System.exit(new CommandLine(newService(), System.out, System.err).run(args));
    }
    Optional<Path> diary = args.length == 1 ? Optional.of(Path.of(args[0])) : Optional.empty();
    Optional<String> database = db;
    // The rule set loads while AWT starts up on this thread, not before it.
    CompletableFuture<DiaryService> service = CompletableFuture.supplyAsync(Main::newService);
    Desktop.prepareBeforeAwt();
    SwingUtilities.invokeLater(() -> {
      DiaryService diaries = serviceOrExit(service);
      Desktop.start(diaries, library(diaries, database), diary);
    });
  }

  /** The service, or the end of the program when it could not be made: no window without rules. */
  private static DiaryService serviceOrExit(CompletableFuture<DiaryService> service) {
    try {
      return service.join();
    } catch (CompletionException e) {
      System.err.println("RLS Diary Viewer cannot start: " + e.getCause());
      System.exit(1);
      throw e;
    }
  }

  /**
   * The patient database the window keeps imports and reviews in: the embedded one in the user's
   * data folder unless {@code --db URL} or Preferences name a clinic's PostgreSQL server. Opening it only prepares the
   * connection settings; the database itself is created or reached on first use, off the EDT.
   */
  private static DiaryLibrary library(DiaryService diaries, Optional<String> dbOption) {
    // the database chosen in the window's Preferences, else the one the command line's preferences name
    Preferences windowPrefs = Desktop.preferences();
    Preferences prefs = windowPrefs.get(DatabaseChoice.URL_KEY, "").isBlank()
        ? DatabaseChoice.preferences() : windowPrefs;
    DatabaseSettings settings = DatabaseChoice.resolveAndClean(dbOption, prefs, System.getenv(), System.err);
    // the other node may hold an address saved by an earlier version too
    Preferences other = prefs == windowPrefs ? DatabaseChoice.preferences() : windowPrefs;
    if (DatabaseChoice.removeStoredPassword(other)) {
      System.err.println(DatabaseChoice.PASSWORD_REMOVED);
    }
    return DiaryLibrary.stored(PatientRecords.open(diaries, settings, Clock.systemDefaultZone()));
  }

  private static DiaryService newService() {
    ImportOptions importDefaults = ImportOptions.defaults().withMappingsDirectory(AppDirectories.mappings(
        System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", ".")));
    return new DiaryService(Clock.systemDefaultZone(), ProgramVersion.read(), importDefaults);
  }
}
