package org.rlsviewer.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientStore;
import org.rlsviewer.store.StoreException;
import org.rlsviewer.ui.Desktop;
import org.rlsviewer.ui.SmokeTest;

/** Starts the window, or runs a headless command when the first argument names one. */
public final class Main {

  /** Opens the window on a diary, paints one frame and exits: the installer check and the CDS training run. */
  static final String SMOKE_TEST = "--smoke-test";

  private Main() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    silenceLibraryLogging();
    if (args.length == 2 && SMOKE_TEST.equals(args[0])) {
      CompletableFuture<DiaryService> service = CompletableFuture.supplyAsync(Main::newService);
      Desktop.prepareBeforeAwt();
      SmokeTest.run(() -> serviceOrExit(service), Path.of(args[1]), started, System.out, System::exit);
      return;
    }
    // the window on a clinic's database: --db URL [DIARY]; before a command's name, --db is the command's
    Optional<WindowArguments> window = WindowArguments.of(args);
    if (window.isEmpty() && java.util.Arrays.asList(args).contains(WindowArguments.NO_STORE)) {
      System.err.println("error: --no-store opens the window for this session only: [--no-store] [DIARY.csv],"
          + " without --db or a command");
      System.err.println("Try 'rls-diary-viewer --help'.");
      System.exit(CommandLine.USAGE);
    }
    if (window.isEmpty()) {
      PrintStream out = terminalSafe(FileDescriptor.out);
      PrintStream err = terminalSafe(FileDescriptor.err);
      int exit = new CommandLine(newService(), out, err).run(args);
      out.flush();
      err.flush();
      System.exit(exit);
    }
    Optional<Path> diary = window.get().diary();
    // The rule set loads while AWT starts up on this thread, not before it.
    CompletableFuture<DiaryService> service = CompletableFuture.supplyAsync(Main::newService);
    Desktop.prepareBeforeAwt();
    Optional<String> noDisplay = Display.missing(System.getenv("DISPLAY"));
    if (noDisplay.isPresent()) {
      System.err.println(noDisplay.get());
      System.exit(Display.EXIT_NO_DISPLAY);
    }
    // The window shows at once and gets the service and library when they are made.
    Function<DiaryService, DiaryLibrary> library;
    try {
      library = libraryOf(window.get());
    } catch (IllegalArgumentException e) {
      // an address that is no database's: said as the commands say it, before any window
      System.err.println("error: " + (window.get().db().isPresent() ? "--db: " : "") + e.getMessage());
      System.err.println("Try 'rls-diary-viewer --help'.");
      System.exit(CommandLine.USAGE);
      return;
    }
    service.whenComplete((made, e) -> {
      if (e != null) {
        serviceOrExit(service);
      }
    });
    SwingUtilities.invokeLater(() -> Desktop.start(service, library, diary));
  }

  /**
   * Nothing from the JDK or the libraries on stderr ("INFO: Created user preferences directory",
   * a migration tool's progress): they log through java.util.logging, whose console handler goes,
   * or through SLF4J, given its no-operation provider.
   * The program's own messages are printed, not logged, so they stay.
   */
  static void silenceLibraryLogging() {
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
    // the SQLite driver logs through SLF4J, which without a provider warns on stderr and searches for one
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  /** A stream to the terminal that control characters and escape sequences in the text cannot act on. */
  private static PrintStream terminalSafe(FileDescriptor fd) {
    String encoding = System.getProperty(fd == FileDescriptor.out ? "sun.stdout.encoding" : "sun.stderr.encoding");
    Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
        : Charset.defaultCharset();
    return new PrintStream(new TerminalSafeOutput(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16)),
        true, charset);
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

  /** Where the window keeps what it opens: nowhere beyond this session with {@code --no-store}. */
  static DiaryLibrary library(DiaryService diaries, WindowArguments arguments) {
    return libraryOf(arguments).apply(diaries);
  }

  /**
   * As {@link #library(DiaryService, WindowArguments)}, with the database chosen now (its notices
   * said now) and the library made once the service exists.
   */
  private static Function<DiaryService, DiaryLibrary> libraryOf(WindowArguments arguments) {
    if (arguments.noStore()) {
      return diaries -> DiaryLibrary.session(diaries, new InMemoryReviewArchive());
    }
    PatientStore store = PatientStore.open(databaseSettings(arguments.db()), Clock.systemDefaultZone());
    prepareInBackground(store);
    return diaries -> DiaryLibrary.stored(new PatientRecords(diaries, store, PatientRecords.currentUser()));
  }

  /**
   * Creates or migrates an embedded database file (SQLite's native library loads with it) on a
   * thread of its own while the window and the rules are made; its first use waits for it. A failure
   * is left for that first use to report in the window, as before. A clinic's server is not reached
   * early: an unreachable one would make the first use wait for two time-outs.
   */
  private static void prepareInBackground(PatientStore store) {
    if (store.settings().file().isEmpty()) {
      return;
    }
    Thread early = new Thread(() -> {
      try {
        store.prepare();
      } catch (StoreException | RuntimeException e) {
        // reported by the first use, which tries again
      }
    }, "database-start");
    early.setDaemon(true);
    early.start();
  }

  /**
   * The patient database the window keeps imports and reviews in: the embedded one in the user's
   * data folder unless {@code --db URL} or Preferences name a clinic's PostgreSQL server. Only the
   * connection settings: the database itself is created or reached on first use, off the EDT.
   */
  private static DatabaseSettings databaseSettings(Optional<String> dbOption) {
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
    return settings;
  }

  private static DiaryService newService() {
    ImportOptions importDefaults = ImportOptions.defaults().withMappingsDirectory(AppDirectories.mappings(
        System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", ".")));
    return new DiaryService(Clock.systemDefaultZone(), ProgramVersion.read(), importDefaults);
  }
}
