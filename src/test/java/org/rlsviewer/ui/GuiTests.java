package org.rlsviewer.ui;

import java.awt.Dimension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.rlsviewer.service.DiaryService;

/** What the window's GUI tests share: reaching the MainWindow behind a frame fixture, and waiting. */
final class GuiTests {

  /** Long enough for a loaded 2-core machine; a condition met earlier ends the wait at once. */
  static final long WAIT_MILLIS = 30_000;

  private GuiTests() {}

  /** A preferences node of the test's own, removed again by {@link #close}. */
  static Preferences testPreferences() {
    return Preferences.userRoot().node("org/rlsviewer/test-" + UUID.randomUUID());
  }

  /** The service with a fixed clock, so summaries and decisions carry a known date. */
  static DiaryService service() {
    return new DiaryService(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")), "test");
  }

  /** Builds the window on the EDT in the program's theme and shows it at 1200 x 800. */
  static FrameFixture show(Robot robot, Supplier<MainWindow> window) {
    JFrame frame = GuiActionRunner.execute(() -> {
      Desktop.installTheme();
      return window.get().frame();
    });
    FrameFixture fixture = new FrameFixture(robot, frame);
    fixture.show(new Dimension(1200, 800));
    return fixture;
  }

  static void close(FrameFixture window, Preferences prefs) throws BackingStoreException {
    window.cleanUp();
    prefs.removeNode();
  }

  static MainWindow windowOf(FrameFixture window) {
    return GuiActionRunner.execute(
        () -> (MainWindow) ((JFrame) window.target()).getRootPane().getClientProperty(MainWindow.class));
  }

  static void waitFor(String what, Supplier<Boolean> done) {
    waitFor(what, done, WAIT_MILLIS);
  }

  static void waitFor(String what, Supplier<Boolean> done, long millis) {
    Pause.pause(new Condition(what) {
      @Override
      public boolean test() {
        return done.get();
      }
    }, Timeout.timeout(millis));
  }
}
