package org.rlsviewer.ui;

import java.awt.Component;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import javax.swing.JOptionPane;

/** The window's warnings and error messages, and how a failure is put in words. */
final class Alerts {

  private Alerts() {}

  static void complain(Component parent, String message) {
    JOptionPane.showMessageDialog(parent, message, Messages.get("app.title"), JOptionPane.WARNING_MESSAGE);
  }

  static void showError(Component parent, String title, String message) {
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
