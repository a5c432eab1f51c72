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
import javax.swing.SwingUtilities;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;
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
    SwingUtilities.invokeLater(() -> {
      DiaryService diaries = serviceOrExit(service);
      Desktop.start(diaries, library(diaries, window.get()), diary);
    });
  }

  /**
   * Nothing from the JDK or the libraries on stderr ("INFO: Created user preferences directory",
   * a migration tool's progress): they log through java.util.logging, whose console handler goes.
   * The program's own messages are printed, not logged, so they stay.
   */
  static void silenceLibraryLogging() {
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
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
    return arguments.noStore() ? DiaryLibrary.session(diaries, new InMemoryReviewArchive())
        : library(diaries, arguments.db());
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
