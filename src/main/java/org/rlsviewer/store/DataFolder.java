package org.rlsviewer.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the program keeps its data on each platform: Windows {@code %APPDATA%\RLS Diary Viewer},
 * macOS {@code ~/Library/Application Support/RLS Diary Viewer}, elsewhere
 * {@code $XDG_DATA_HOME/rls-diary-viewer} (default {@code ~/.local/share/rls-diary-viewer}).
 */
public final class DataFolder {

  /** The embedded database's file name inside the data folder. */
  public static final String DATABASE_FILE_NAME = "rls-diary-viewer.db";

  private DataFolder() {}

  /** The data folder of the running program's user. */
  public static Path forThisMachine() {
    return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
  }

  /** The data folder for the given operating system name, environment and home folder. */
  public static Path resolve(String osName, Map<String, String> env, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    Path home = Path.of(userHome);
    if (os.startsWith("windows")) {
      String appData = env.getOrDefault("APPDATA", "");
      Path base = appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
      return base.resolve("RLS Diary Viewer");
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("RLS Diary Viewer");
    }
    String xdg = env.getOrDefault("XDG_DATA_HOME", "");
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    Path base = xdg.isBlank() || !Path.of(xdg).isAbsolute()
        ? home.resolve(".local").resolve("share") : Path.of(xdg);
    return base.resolve("rls-diary-viewer");
  }
}
