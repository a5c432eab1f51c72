package org.rlsviewer.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.prefs.Preferences;

/** Light or dark FlatLaf theme, switched at run time and remembered in the preferences. */
final class Theme {

  static final String DARK_PREF = "darkTheme";

  private Theme() {}

  static boolean isDark(Preferences prefs) {
    return prefs.getBoolean(DARK_PREF, false);
  }

  /** Installs the theme before the first window exists. */
  static void install(boolean dark) {
    FlatLaf.registerCustomDefaultsSource("org.rlsviewer.ui.themes");
    if (dark) {
      FlatDarkLaf.setup();
    } else {
      FlatLightLaf.setup();
    }
  }

  /** Switches every open window to the theme and remembers it. On the EDT. */
  static void switchTo(boolean dark, Preferences prefs) {
    install(dark);
    FlatLaf.updateUI();
    prefs.putBoolean(DARK_PREF, dark);
  }

  static boolean isDarkNow() {
    return FlatLaf.isLafDark();
  }
}
