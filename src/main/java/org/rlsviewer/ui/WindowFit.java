package org.rlsviewer.ui;

import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;

/**
 * Sizes a window to the screen it opens on: never larger than the usable area (the screen less its
 * task bars and docks), and a minimum size that itself fits there. Sizes are in the screen's
 * logical pixels, so at 150 % or 200 % scaling (sun.java2d.uiScale) a 1920×1080 screen is 960×540.
 */
final class WindowFit {

  /** Room left around a first window so its frame and shadow stay on screen. */
  private static final int MARGIN = 16;

  private WindowFit() {}

  /** The usable area of the default screen: its bounds less the task bar's. */
  static Rectangle usableArea() {
    GraphicsConfiguration gc = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
        .getDefaultConfiguration();
    Rectangle bounds = gc.getBounds();
    Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(gc);
    return new Rectangle(bounds.x + insets.left, bounds.y + insets.top,
        bounds.width - insets.left - insets.right, bounds.height - insets.top - insets.bottom);
  }

  /** The wanted size, made smaller where the usable area is smaller (less a margin, when there is room for one). */
  static Dimension size(Dimension wanted, Rectangle usable) {
    return new Dimension(Math.min(wanted.width, room(usable.width)), Math.min(wanted.height, room(usable.height)));
  }

  /** The wanted minimum size, made smaller where the usable area (less the margin) is smaller. */
  static Dimension minimum(Dimension wanted, Rectangle usable) {
    return new Dimension(Math.min(wanted.width, room(usable.width)), Math.min(wanted.height, room(usable.height)));
  }

  /** A window of {@code size} in the middle of the usable area, its top left corner always inside it. */
  static Rectangle centred(Dimension size, Rectangle usable) {
    int x = usable.x + Math.max(0, (usable.width - size.width) / 2);
    int y = usable.y + Math.max(0, (usable.height - size.height) / 2);
    return new Rectangle(x, y, size.width, size.height);
  }

  private static int room(int usable) {
    return usable > 8 * MARGIN ? usable - MARGIN : usable;
  }
}
