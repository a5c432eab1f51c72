package org.rlsviewer.ui;

import java.util.function.Supplier;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** What the window's GUI tests share: reaching the MainWindow behind a frame fixture, and waiting. */
final class GuiTests {

  /** Long enough for a loaded 2-core machine; a condition met earlier ends the wait at once. */
  static final long WAIT_MILLIS = 30_000;

  private GuiTests() {}

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
