package org.rlsviewer.ui;

import java.awt.Component;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import javax.swing.JOptionPane;

/** The window's warnings and error messages, and how a failure is put in words. */
final class Alerts {

  /** Set on a closed window's root pane: nothing is reported to it any more. */
  static final String CLOSED = "rlsviewer.closed";

  private Alerts() {}

  /** Marks {@code window} closed, so that late failures of its work show no dialog over nothing. */
  static void closed(javax.swing.RootPaneContainer window) {
    window.getRootPane().putClientProperty(CLOSED, Boolean.TRUE);
  }

  /** Whether {@code parent} belongs to a window that was closed. */
  static boolean gone(Component parent) {
    javax.swing.JRootPane root = parent instanceof javax.swing.RootPaneContainer c ? c.getRootPane()
        : javax.swing.SwingUtilities.getRootPane(parent);
    return root != null && Boolean.TRUE.equals(root.getClientProperty(CLOSED));
  }

  static void complain(Component parent, String message) {
    if (gone(parent)) {
      return;
    }
    JOptionPane.showMessageDialog(parent, message, Messages.get("app.title"), JOptionPane.WARNING_MESSAGE);
  }

  static void showError(Component parent, String title, String message) {
    if (gone(parent)) {
      return;
    }
    JOptionPane.showMessageDialog(parent, message, title, JOptionPane.ERROR_MESSAGE);
  }

  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
