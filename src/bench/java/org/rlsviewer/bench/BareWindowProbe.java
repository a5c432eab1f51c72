package org.rlsviewer.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.BorderLayout;
import java.awt.Frame;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/** The floor of start-up: a bare FlatLaf window with one label, shown, then the process ends. */
public final class BareWindowProbe {

  private BareWindowProbe() {}

  public static void main(String[] args) throws Exception {
    SwingUtilities.invokeAndWait(() -> {
      FlatLightLaf.setup();
      JFrame frame = new JFrame("bare");
      frame.getContentPane().add(new JLabel("bare FlatLaf window"), BorderLayout.CENTER);
      frame.setSize(1100, 750);
      frame.setVisible(true);
    });
    while (!anyShowing()) {
      Thread.sleep(2);
    }
    SwingUtilities.invokeAndWait(() -> { });
    Runtime.getRuntime().halt(0);
  }

  private static boolean anyShowing() {
    for (Frame f : Frame.getFrames()) {
      if (f.isShowing()) {
        return true;
      }
    }
    return false;
  }
}
