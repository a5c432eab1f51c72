package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.Window;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.rlsviewer.service.DiaryService;

/**
 * {@code --smoke-test DIARY}: opens the window on a diary the way a user would, waits until the
 * nights table has rows, paints one frame and exits, 0 when all of that happened and 1 otherwise.
 * Used by the installer check in CI and as the training run for the class-data-sharing archive.
 */
public final class SmokeTest {

  static final Duration TIME_LIMIT = Duration.ofSeconds(60);
  private static final int POLL_MILLIS = 20;

  private final JFrame frame;
  private final long mainStartedNanos;
  private final PrintStream out;
  private final Instant deadline;
  private final ExitHandler exit;
  private Timer timer;

  /** How the test ends; the program passes {@code System::exit}. */
  @FunctionalInterface
  public interface ExitHandler {
    void exit(int status);
  }

  private SmokeTest(JFrame frame, long mainStartedNanos, PrintStream out, ExitHandler exit) {
    this.frame = frame;
    this.mainStartedNanos = mainStartedNanos;
    this.out = out;
    this.exit = exit;
    this.deadline = Instant.now().plus(TIME_LIMIT);
  }

  /** Starts the window with the diary and ends through {@code exit} once a frame was painted or it failed. */
  public static void run(Supplier<DiaryService> service, Path diary, long mainStartedNanos, PrintStream out,
      ExitHandler exit) {
    if (GraphicsEnvironment.isHeadless()) {
      out.println("smoke test failed: no display (set DISPLAY or run under xvfb-run)");
      exit.exit(1);
      return;
    }
    SwingUtilities.invokeLater(() -> {
      JFrame frame;
      try {
        frame = Desktop.start(service.get(), Optional.of(diary));
      } catch (RuntimeException e) {
        out.println("smoke test failed: the window did not start: " + e);
        exit.exit(1);
        return;
      }
      new SmokeTest(frame, mainStartedNanos, out, exit).watch();
    });
  }

  private void watch() {
    timer = new Timer(POLL_MILLIS, e -> check());
    timer.start();
  }

  private void check() {
    Optional<String> dialog = openDialog();
    if (dialog.isPresent()) {
      finish(1, "smoke test failed: the window showed a message instead of the diary: " + dialog.get());
      return;
    }
    int nights = nightsShown(frame.getContentPane());
    if (nights > 0 && frame.isShowing()) {
      JRootPane root = frame.getRootPane();
      root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
      Toolkit.getDefaultToolkit().sync();
      long millis = Duration.ofNanos(System.nanoTime() - mainStartedNanos).toMillis();
      finish(0, "smoke test passed: window shown with " + nights + " nights, first frame painted "
          + millis + " ms after main() began");
    } else if (Instant.now().isAfter(deadline)) {
      finish(1, "smoke test failed: no nights shown within " + TIME_LIMIT.toSeconds() + " s");
    }
  }

  private void finish(int status, String line) {
    timer.stop();
    out.println(line);
    out.flush();
    exit.exit(status);
  }

  private Optional<String> openDialog() {
    for (Window w : Window.getWindows()) {
      if (w instanceof Dialog d && d.isShowing()) {
        return Optional.of(String.valueOf(d.getTitle()));
      }
    }
    return Optional.empty();
  }

  /**
   * Rows of the nights table (filled once the diary is displayed, even while another tab is in
   * front), or of the first showing table with rows should the layout change.
   */
  static int nightsShown(Container container) {
    Optional<JTable> named = table(container, t -> "nightsTable".equals(t.getName()));
    return named.or(() -> table(container, t -> t.isShowing() && t.getRowCount() > 0))
        .map(JTable::getRowCount).orElse(0);
  }

  private static Optional<JTable> table(Container container, Predicate<JTable> wanted) {
    for (Component c : container.getComponents()) {
      if (c instanceof JTable table && wanted.test(table)) {
        return Optional.of(table);
      }
      if (c instanceof Container inner) {
        Optional<JTable> found = table(inner, wanted);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
