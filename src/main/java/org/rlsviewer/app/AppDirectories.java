package org.rlsviewer.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the program keeps the user's own files (saved column mappings), per operating system. */
final class AppDirectories {

  static final String APP_NAME = "RLS Diary Viewer";

  private AppDirectories() {}

  /** The folder for saved column mappings: under %APPDATA%, Application Support, or XDG config. */
  static Path mappings(String osName, Map<String, String> env, String userHome) {
    return dataDirectory(osName, env, userHome).resolve("mappings");
  }

  static Path dataDirectory(String osName, Map<String, String> env, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      return (appData == null || appData.isBlank() ? Path.of(userHome, "AppData", "Roaming") : Path.of(appData))
          .resolve(APP_NAME);
    }
    if (os.startsWith("mac")) {
      return Path.of(userHome, "Library", "Application Support", APP_NAME);
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    return (xdg == null || xdg.isBlank() ? Path.of(userHome, ".config") : Path.of(xdg)).resolve("rls-diary-viewer");
  }
}
