package org.rlsviewer.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.BorderLayout;
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
    while (Frame0.none()) {
      Thread.sleep(2);
    }
    SwingUtilities.invokeAndWait(() -> { });
    Runtime.getRuntime().halt(0);
  }

  private static final class Frame0 {
    static boolean none() {
      for (java.awt.Frame f : java.awt.Frame.getFrames()) {
        if (f.isShowing()) {
          return false;
        }
      }
      return true;
    }
  }
}
