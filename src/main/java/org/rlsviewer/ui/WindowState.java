package org.rlsviewer.ui;

import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;

/** Remembers the window's size, its split positions and the last tab between runs. */
final class WindowState {

  private final Preferences prefs;

  WindowState(Preferences prefs) {
    this.prefs = prefs;
  }

  /**
   * Gives the frame its remembered size (or the fallback), never larger than the usable screen
   * area, in the middle of it.
   */
  void size(JFrame frame, Dimension fallback, java.awt.Rectangle usable) {
    int w = prefs.getInt("window.width", fallback.width);
    int h = prefs.getInt("window.height", fallback.height);
    Dimension min = frame.getMinimumSize();
    Dimension size = WindowFit.size(new Dimension(Math.max(w, min.width), Math.max(h, min.height)), usable);
    frame.setBounds(WindowFit.centred(size, usable));
    if (prefs.getBoolean("window.maximised", false)) {
      frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
    }
    if (frame.getRootPane().getClientProperty(WindowState.class) != null) {
      return;
    }
    frame.getRootPane().putClientProperty(WindowState.class, Boolean.TRUE);
    frame.addComponentListener(new ComponentAdapter() {
      @Override
      public void componentResized(ComponentEvent e) {
        boolean max = (frame.getExtendedState() & JFrame.MAXIMIZED_BOTH) == JFrame.MAXIMIZED_BOTH;
        prefs.putBoolean("window.maximised", max);
        if (!max) {
          prefs.putInt("window.width", frame.getWidth());
          prefs.putInt("window.height", frame.getHeight());
        }
      }
    });
  }

  void split(JSplitPane split, String name, int fallback) {
    split.setDividerLocation(prefs.getInt("split." + name, fallback));
    split.addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, e -> {
      if (split.isShowing()) {
        prefs.putInt("split." + name, split.getDividerLocation());
      }
    });
  }

  /** Whether a divider position of the split is remembered from an earlier run. */
  boolean remembers(String splitName) {
    return prefs.get("split." + splitName, null) != null;
  }

  void tab(JTabbedPane tabs, String name) {
    int saved = prefs.getInt("tab." + name, 0);
    if (saved >= 0 && saved < tabs.getTabCount()) {
      tabs.setSelectedIndex(saved);
    }
    tabs.addChangeListener(e -> prefs.putInt("tab." + name, tabs.getSelectedIndex()));
  }
}
