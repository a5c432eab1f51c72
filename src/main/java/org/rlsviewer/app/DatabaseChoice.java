package org.rlsviewer.app;

import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.rlsviewer.store.DatabaseSettings;

/**
 * Which database the program keeps patients in: {@code --db URL} on the command line, else the
 * URL saved in Preferences ({@value #URL_KEY} in the node of this package), else the embedded
 * database in the user's data folder. The user name comes from {@value #USER_ENV} or Preferences
 * ({@value #USER_KEY}); a password only from {@value #PASSWORD_ENV} or PostgreSQL's own password
 * file ({@code ~/.pgpass}, {@code %APPDATA%\postgresql\pgpass.conf}): never written by this program.
 */
final class DatabaseChoice {

  static final String URL_KEY = "database.url";
  static final String USER_KEY = "database.user";
  static final String USER_ENV = "RLS_DB_USER";
  static final String PASSWORD_ENV = "RLS_DB_PASSWORD";

  private DatabaseChoice() {}

  static Preferences preferences() {
    return Preferences.userNodeForPackage(DatabaseChoice.class);
  }

  static DatabaseSettings resolve(Optional<String> dbOption, Preferences prefs, Map<String, String> env) {
    String url = dbOption.filter(s -> !s.isBlank()).orElse(prefs.get(URL_KEY, "").strip());
    if (url.isEmpty()) {
      return DatabaseSettings.embeddedDefault();
    }
    String user = env.getOrDefault(USER_ENV, prefs.get(USER_KEY, ""));
    return DatabaseSettings.fromUrl(url, user, env.getOrDefault(PASSWORD_ENV, ""));
  }

  /** Saves the clinic database's URL and user (never a password); an empty URL means embedded. */
  static void remember(Preferences prefs, String url, String user) {
    if (url.isBlank()) {
      prefs.remove(URL_KEY);
      prefs.remove(USER_KEY);
    } else {
      DatabaseSettings.fromUrl(url, user, "");
      prefs.put(URL_KEY, url.strip());
      prefs.put(USER_KEY, user.strip());
    }
  }
}
