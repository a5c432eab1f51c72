package org.rlsviewer.ui;

import java.util.prefs.Preferences;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the window's GUI tests start from: {@link WindowExtension} (thread-violation check, robot,
 * preferences, clean-up) and the fields their tests use. A class annotated {@link ShowWindow} finds
 * its window shown before each test; the others show it themselves, {@code window = gui.show(...)}.
 */
@GuiTest
abstract class WindowTestCase {

  @RegisterExtension final WindowExtension gui = new WindowExtension();
  final Robot robot = gui.robot();
  final Preferences prefs = gui.prefs();
  /** The window under test, once shown. */
  FrameFixture window;

  @BeforeEach
  final void takeTheShownWindow() {
    window = gui.window();
  }
}
