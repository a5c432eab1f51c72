package org.rlsviewer.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections to one database, migrated to the latest schema on first use (not at construction,
 * so opening the window never waits for the database). One connection per unit of work.
 */
final class Database {

  /** A unit of work on an open connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException, StoreException;
  }

  private final DatabaseSettings settings;
  private boolean ready;

  Database(DatabaseSettings settings) {
    this.settings = settings;
  }

  DatabaseSettings settings() {
    return settings;
  }

  /** Creates the file (owner-only) and brings the schema up to date, once per process. */
  synchronized void ensureReady() throws StoreException {
    if (ready) {
      return;
    }
    if (settings.file().isPresent()) {
      prepareFile(settings.file().get());
    }
    try {
      Migrations.migrate(settings);
    } catch (RuntimeException e) {
      throw new StoreException("Could not bring the database schema up to date: " + e.getMessage(), e);
    }
    ready = true;
  }

  /** Runs the work in one transaction: all of it is kept, or none. */
  <T> T inTransaction(Work<T> work) throws StoreException {
    ensureReady();
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | StoreException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("Database error: " + e.getMessage(), e);
    }
  }

  /** Runs read-only work on a connection of its own. */
  <T> T read(Work<T> work) throws StoreException {
    ensureReady();
    try (Connection c = connect()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("Database error: " + e.getMessage(), e);
    }
  }

  private Connection connect() throws SQLException {
    Properties p = new Properties();
    if (settings.isEmbedded()) {
      p.setProperty("foreign_keys", "true");
      p.setProperty("busy_timeout", "30000");
      p.setProperty("journal_mode", "WAL");
      // Take the write lock when the transaction starts: two writers then queue instead of
      // failing when a reader upgrades to a writer.
      p.setProperty("transaction_mode", "IMMEDIATE");
    } else {
      if (!settings.user().isEmpty()) {
        p.setProperty("user", settings.user());
      }
      if (!settings.password().isEmpty()) {
        p.setProperty("password", settings.password());
      }
    }
    return DriverManager.getConnection(settings.jdbcUrl(), p);
  }

  /** The folder and file are readable by their owner only (on file systems that know owners). */
  private static void prepareFile(Path file) throws StoreException {
    try {
      Path folder = file.toAbsolutePath().getParent();
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      if (folder != null && !Files.isDirectory(folder)) {
        Files.createDirectories(folder);
        if (posix) {
          Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
      }
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
      if (posix) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new StoreException("Could not create the database file: " + e.getMessage(), e);
    }
  }
}
