package org.rlsviewer.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Connections to one database, migrated to the latest schema on first use (not at construction,
 * so opening the window never waits for the database). One connection per unit of work at a time;
 * on a server the last one is kept open for the next for a few seconds ({@link IdleConnection}),
 * while an embedded file's connection is closed at once, so the file never outlives the program with
 * its write-ahead log beside it (a kept connection is not closed when the process exits). Every
 * failure comes out as a {@link StoreException} with one line in plain words ({@link StoreFaults}).
 *
 * <p>An embedded database file its owner made read-only (or one in a read-only folder) is opened
 * for reading only and writes are refused; its permissions are never changed.
 */
final class Database {

  /** A unit of work on an open connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException, StoreException;
  }

  /** Threads of one process take turns at the cross-process lock (a JVM holds a file lock only once). */
  private static final Object FIRST_USE = new Object();

  private final DatabaseSettings settings;
  private final StoreFaults faults;
  /** Server connections only; every one is opened alike (read-only exactly when the database is), so any may be reused. */
  private final IdleConnection idle = new IdleConnection();
  private boolean ready;
  /** Empty while writable; else why not: true when the folder is read-only, false when the file is. */
  private java.util.Optional<Boolean> readOnlyFolder = java.util.Optional.empty();

  Database(DatabaseSettings settings) {
    this.settings = settings;
    this.faults = new StoreFaults(settings);
  }

  DatabaseSettings settings() {
    return settings;
  }

  StoreFaults faults() {
    return faults;
  }

  /**
   * Creates the file (owner-only) and brings the schema up to date, once per process. On SQLite,
   * processes making or migrating the same file take turns under a lock on a sibling file, so a
   * new database used by several programs at once is made once and used by all.
   */
  synchronized void ensureReady() throws StoreException {
    if (ready) {
      return;
    }
    if (settings.file().isEmpty()) {
      migrate();
      ready = true;
      return;
    }
    Path file = settings.file().get();
    Path folder = prepareFolder(file);
    synchronized (FIRST_USE) {
      try (FileChannel lockFile = openLockFile(file); FileLock lock = lockFile == null ? null : lockFile.lock()) {
        boolean existed = Files.exists(file);
        if (existed && !ownerMayWrite(file)) {
          readOnlyFolder = java.util.Optional.of(false);
        } else if (!Files.isWritable(folder)) {
          readOnlyFolder = java.util.Optional.of(true);
        }
        if (readOnlyFolder.isPresent()) {
          if (!existed) {
            throw faults.readOnly(true);
          }
          // Nothing to migrate into a file that cannot be written: read what is there.
          ready = true;
          return;
        }
        prepareFile(file, existed);
        migrate();
      } catch (IOException e) {
        throw e instanceof StoreException se ? se : faults.translate(e);
      }
    }
    ready = true;
  }

  private void migrate() throws StoreException {
    try {
      Migrations.migrate(settings);
    } catch (RuntimeException e) {
      throw faults.translate(e);
    }
  }

  /** Runs the work in one transaction: all of it is kept, or none. */
  <T> T inTransaction(Work<T> work) throws StoreException {
    ensureReady();
    if (readOnlyFolder.isPresent()) {
      throw faults.readOnly(readOnlyFolder.get());
    }
    Connection c = null;
    try {
      c = connection(false);
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        c.setAutoCommit(true);
        release(c);
        return result;
      } catch (SQLException | StoreException | RuntimeException e) {
        rollback(c, e);
        IdleConnection.close(c);
        throw e;
      }
    } catch (SQLException e) {
      IdleConnection.close(c);
      throw faults.translate(e);
    }
  }

  /** The connection kept from the last unit of work, or a new one. */
  private Connection connection(boolean readOnly) throws SQLException {
    Connection kept = embedded() ? null : idle.take();
    return kept != null ? kept : Connections.open(settings, readOnly);
  }

  /** After work that ended well: a server connection is kept for the next unit of work, a file's is closed. */
  private void release(Connection c) {
    if (embedded()) {
      IdleConnection.close(c);
    } else {
      idle.give(c);
    }
  }

  private boolean embedded() {
    return settings.file().isPresent();
  }

  /**
   * Rolls back; when the database already did (a full disk, a lost connection), the failed
   * rollback is kept beside the cause instead of hiding it.
   */
  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** Runs read-only work on a connection of its own. */
  <T> T read(Work<T> work) throws StoreException {
    ensureReady();
    Connection c = null;
    try {
      c = connection(readOnlyFolder.isPresent());
      T result = work.run(c);
      release(c);
      return result;
    } catch (SQLException e) {
      IdleConnection.close(c);
      throw faults.translate(e);
    } catch (StoreException | RuntimeException e) {
      IdleConnection.close(c);
      throw e;
    }
  }

  /** The folder, created owner-only when missing. */
  private Path prepareFolder(Path file) throws StoreException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null || Files.isDirectory(folder)) {
      return folder == null ? Path.of("").toAbsolutePath() : folder;
    }
    try {
      Files.createDirectories(folder);
      if (posix()) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
      return folder;
    } catch (IOException e) {
      throw new StoreException("Could not create the folder of the patient database (" + folder + "): "
          + StoreFaults.reason(e) + ". Create it, or choose a database in a writable folder with --db.", e);
    }
  }

  /** The lock file beside the database; none when it cannot be made (the database's own checks then speak). */
  private static FileChannel openLockFile(Path file) {
    Path lock = file.resolveSibling(file.getFileName() + ".lock");
    try {
      if (!Files.exists(lock) && posix()) {
        try {
          Files.createFile(lock, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (java.nio.file.FileAlreadyExistsException madeMeanwhile) {
          // another process made it first
        }
      }
      return FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * A new file is made readable by its owner only. An existing file only loses what group and
   * others may do: a file its owner made read-only stays read-only (it is never made writable).
   */
  private static void prepareFile(Path file, boolean existed) throws IOException {
    if (!existed) {
      try {
        if (posix()) {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.createFile(file);
        }
      } catch (java.nio.file.FileAlreadyExistsException madeMeanwhile) {
        // made by another program between the check and now
      }
      return;
    }
    if (posix()) {
      Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
      Set<PosixFilePermission> ownerOnly = EnumSet.noneOf(PosixFilePermission.class);
      for (PosixFilePermission p : now) {
        if (p.name().startsWith("OWNER_")) {
          ownerOnly.add(p);
        }
      }
      if (!ownerOnly.equals(now)) {
        Files.setPosixFilePermissions(file, ownerOnly);
      }
    }
  }

  /**
   * Whether the file may be written: its owner has not taken the write permission away (which
   * binds the program even when run by an administrator) and the system lets this user write it.
   */
  private static boolean ownerMayWrite(Path file) throws IOException {
    if (posix() && !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE)) {
      return false;
    }
    return Files.isWritable(file);
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
