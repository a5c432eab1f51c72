package org.rlsviewer.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which database the store uses: the embedded SQLite file (the default, no set-up) or a shared
 * PostgreSQL server for a clinic. The password lives only in memory; {@link #toString()} hides it.
 *
 * @param file the SQLite file for the embedded database; empty for a server
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, Optional<Path> file) {

  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    file = file == null ? Optional.empty() : file;
    if (!jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("only jdbc:sqlite: and jdbc:postgresql: URLs are supported");
    }
  }

  /** The embedded database in the given file (created, with its folder, on first use). */
  public static DatabaseSettings embedded(Path file) {
    Path absolute = file.toAbsolutePath();
    return new DatabaseSettings("jdbc:sqlite:" + absolute, "", "", Optional.of(absolute));
  }

  /** The embedded database in the platform's application-data folder ({@link DataFolder}). */
  public static DatabaseSettings embeddedDefault() {
    return embedded(DataFolder.forThisMachine().resolve(DataFolder.DATABASE_FILE_NAME));
  }

  /**
   * A database named by a JDBC URL: a {@code jdbc:sqlite:} file or a {@code jdbc:postgresql:}
   * server. An empty password lets the PostgreSQL driver look in the user's {@code .pgpass}.
   */
  public static DatabaseSettings fromUrl(String jdbcUrl, String user, String password) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      // Parameters after '?' are the driver's, never part of the file's name (nor a password in it).
      String file = jdbcUrl.substring("jdbc:sqlite:".length());
      int query = file.indexOf('?');
      return embedded(Path.of(query < 0 ? file : file.substring(0, query)));
    }
    return new DatabaseSettings(jdbcUrl, user, password, Optional.empty());
  }

  public boolean isEmbedded() {
    return jdbcUrl.startsWith("jdbc:sqlite:");
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + DatabaseUrls.withoutPassword(jdbcUrl) + (user.isEmpty() ? "" : ", user " + user) + "]";
  }
}
