package org.rlsviewer.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-visible text of the window, from {@code messages.properties}, so a translation is a file. */
final class Messages {

  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.rlsviewer.ui.messages");

  private Messages() {}

  static String get(String key, Object... args) {
    String pattern = BUNDLE.getString(key);
    return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
  }
}
