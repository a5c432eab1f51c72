package org.rlsviewer.app;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.Optional;

/**
 * Whether the window can open: without a display (a server, an SSH session, {@code java.awt.headless}
 * set) the program says so in one line and exits, instead of AWT's stack trace.
 */
final class Display {

  /** The exit code when there is no display to open the window on. */
  static final int EXIT_NO_DISPLAY = 1;

  private Display() {}

  /**
   * The one line to print when the window cannot open here; empty when it can. Reaches the display
   * (the first AWT call), so {@code Desktop.prepareBeforeAwt} runs before it.
   */
  static Optional<String> missing(String displayVariable) {
    String why;
    if (GraphicsEnvironment.isHeadless()) {
      why = Boolean.getBoolean("java.awt.headless") ? "java.awt.headless is set"
          : displayVariable == null || displayVariable.isBlank() ? "DISPLAY is not set" : "no screen found";
    } else {
      try {
        GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        return Optional.empty();
      } catch (HeadlessException | AWTError | UnsatisfiedLinkError e) {
        why = "cannot reach the display " + (displayVariable == null ? "" : displayVariable).strip();
      }
    }
    return Optional.of(line(why.strip()));
  }

  static String line(String why) {
    return "error: no display to open the window on (" + why + "); the commands work without one,"
        + " e.g. 'rls-diary-viewer summary DIARY.csv' (see 'rls-diary-viewer --help')";
  }
}
