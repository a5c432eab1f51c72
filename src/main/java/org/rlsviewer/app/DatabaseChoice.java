package org.rlsviewer.app;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.DatabaseUrls;

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

  /** Said when a password was taken out of a saved address. */
  static final String PASSWORD_REMOVED = "note: the password in the saved database address was removed from"
      + " Preferences; give it in the RLS_DB_PASSWORD environment variable or in ~/.pgpass (docs/storage.md)";

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

  /**
   * As {@link #resolve}, then takes any password out of the address saved in {@code prefs} (an
   * earlier version kept it as typed), saying so on {@code notices}. A password in the saved address
   * still serves this session's connection; from the next start it must come from the environment
   * or {@code .pgpass}.
   */
  static DatabaseSettings resolveAndClean(Optional<String> dbOption, Preferences prefs, Map<String, String> env,
      PrintStream notices) {
    DatabaseSettings settings = resolve(dbOption, prefs, env);
    if (removeStoredPassword(prefs)) {
      notices.println(PASSWORD_REMOVED);
    }
    return settings;
  }

  /** Takes a password out of the saved address, written back at once; true when there was one. */
  static boolean removeStoredPassword(Preferences prefs) {
    String saved = prefs.get(URL_KEY, null);
    if (saved == null || !DatabaseUrls.hasPassword(saved)) {
      return false;
    }
    prefs.put(URL_KEY, DatabaseUrls.withoutPassword(saved));
    try {
      prefs.flush();
    } catch (java.util.prefs.BackingStoreException e) {
      // written at exit by the preferences' own shutdown hook
    }
    return true;
  }

  /**
   * Saves the clinic database's URL and user, never a password: one in the URL is taken out first.
   * An empty URL means embedded. True when a password was taken out.
   */
  static boolean remember(Preferences prefs, String url, String user) {
    if (url.isBlank()) {
      prefs.remove(URL_KEY);
      prefs.remove(USER_KEY);
      return false;
    }
    DatabaseSettings.fromUrl(url, user, "");
    String cleaned = DatabaseUrls.withoutPassword(url.strip());
    prefs.put(URL_KEY, cleaned);
    prefs.put(USER_KEY, user.strip());
    return !cleaned.equals(url.strip());
  }
}
