package org.rlsviewer.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what the database drivers and Flyway throw into one line in plain words saying what
 * happened and what to do: never a raw {@code SQLITE_...} code or a driver's stack of messages.
 * The exception thrown is kept as the cause for whoever needs it.
 */
final class StoreFaults {

  /** How long a writer waits for another one before giving up, in milliseconds. */
  static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final DatabaseSettings settings;

  StoreFaults(DatabaseSettings settings) {
    this.settings = settings;
  }

  /** The kinds of fault a clinician can act on. */
  enum Kind { DISK_FULL, BUSY, READ_ONLY_FILE, READ_ONLY_FOLDER, CANNOT_OPEN, DAMAGED, CONNECTION_LOST, LOGIN, OTHER }

  /** What went wrong, in one line, with the exception thrown as its cause. */
  StoreException translate(Throwable thrown) {
    Kind kind = kindOf(thrown);
    return new StoreException(message(kind, thrown), thrown);
  }

  /** A write refused before it starts because the file or its folder cannot be written. */
  StoreException readOnly(boolean folder) {
    return new StoreException(message(folder ? Kind.READ_ONLY_FOLDER : Kind.READ_ONLY_FILE, null));
  }

  String message(Kind kind, Throwable thrown) {
    String file = settings.file().map(Path::toString).orElse("");
    String folder = settings.file().map(Path::getParent).map(Path::toString).orElse("");
    return switch (kind) {
      case DISK_FULL -> settings.isEmbedded()
          ? "The disk holding the patient database (" + folder + ") is full: nothing of this change was kept."
              + " Free some space on it and try again."
          : "The clinic database server has no space left: nothing of this change was kept."
              + " Ask whoever runs the server to free space, then try again.";
      case BUSY -> "The patient database is busy: another program kept it locked for more than "
          + BUSY_TIMEOUT_MILLIS / 1000 + " seconds, and nothing of this change was kept."
          + " Wait for the other program to finish (or close it) and try again.";
      case READ_ONLY_FILE -> "The patient database file " + file + " is read-only: nothing can be written to it."
          + " Ask its owner to make it writable (e.g. chmod u+w), or use another database with --db.";
      case READ_ONLY_FOLDER -> "The folder of the patient database (" + folder + ") is read-only: the database"
          + " needs to write beside its file. Make the folder writable, or use a database in a writable folder"
          + " with --db.";
      case CANNOT_OPEN -> "The patient database " + file + " cannot be opened: check that its folder exists and"
          + " that you may read and write it.";
      case DAMAGED -> "The patient database " + file + " is damaged or not a database: restore it from a backup"
          + " (docs/storage.md), or move it aside to start a new one.";
      case CONNECTION_LOST -> "The connection to the clinic database was lost or refused: nothing of this change"
          + " was kept. Check the network and the server, then try again.";
      case LOGIN -> "The clinic database refused the user name or password: give the password in the"
          + " RLS_DB_PASSWORD environment variable or in ~/.pgpass (docs/storage.md).";
      case OTHER -> "The patient database refused the change, nothing of it was kept: " + plain(thrown);
    };
  }

  Kind kindOf(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Optional<Kind> kind = kindOfOne(t);
      if (kind.isPresent()) {
        return kind.get();
      }
      for (Throwable s : t.getSuppressed()) {
        Optional<Kind> suppressed = kindOfOne(s);
        if (suppressed.isPresent()) {
          return suppressed.get();
        }
      }
    }
    return Kind.OTHER;
  }

  private Optional<Kind> kindOfOne(Throwable t) {
    String text = String.valueOf(t.getMessage());
    if (text.contains("SQLITE_FULL") || text.contains("database or disk is full")
        || t instanceof FileSystemException && text.contains("No space left")) {
      return Optional.of(Kind.DISK_FULL);
    }
    if (text.contains("SQLITE_BUSY") || text.contains("SQLITE_LOCKED") || text.contains("database is locked")) {
      return Optional.of(Kind.BUSY);
    }
    if (text.contains("SQLITE_READONLY_DIRECTORY") || text.contains("SQLITE_READONLY_CANTINIT")
        || text.contains("SQLITE_READONLY_CANTLOCK")) {
      return Optional.of(Kind.READ_ONLY_FOLDER);
    }
    if (text.contains("SQLITE_READONLY") || text.contains("attempt to write a readonly database")) {
      return Optional.of(folderWritable() ? Kind.READ_ONLY_FILE : Kind.READ_ONLY_FOLDER);
    }
    if (t instanceof AccessDeniedException) {
      return Optional.of(Kind.READ_ONLY_FOLDER);
    }
    if (text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB")) {
      return Optional.of(Kind.DAMAGED);
    }
    if (text.contains("SQLITE_CANTOPEN")) {
      return Optional.of(folderWritable() ? Kind.CANNOT_OPEN : Kind.READ_ONLY_FOLDER);
    }
    if (text.contains("SQLITE_IOERR")) {
      return Optional.of(diskFull() ? Kind.DISK_FULL : Kind.CANNOT_OPEN);
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
        return Optional.of(Kind.CONNECTION_LOST);
      }
      if (state.equals("28P01") || state.equals("28000")) {
        return Optional.of(Kind.LOGIN);
      }
      if (state.equals("53100")) {
        return Optional.of(Kind.DISK_FULL);
      }
    }
    if (t instanceof java.net.ConnectException || t instanceof java.io.EOFException
        || t instanceof java.net.SocketException) {
      return Optional.of(Kind.CONNECTION_LOST);
    }
    return Optional.empty();
  }

  /** An I/O error on a disk that has no room left is the full disk. */
  private boolean diskFull() {
    Optional<Path> folder = settings.file().map(Path::getParent);
    try {
      return folder.isPresent() && java.nio.file.Files.getFileStore(folder.get()).getUsableSpace() < 64 * 1024;
    } catch (java.io.IOException | RuntimeException unknown) {
      return false;
    }
  }

  private boolean folderWritable() {
    Optional<Path> folder = settings.file().map(Path::getParent);
    return folder.isEmpty() || java.nio.file.Files.isWritable(folder.get());
  }

  /** The operating system's reason for a failed file operation, in words ("permission denied"). */
  static String reason(java.io.IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return String.valueOf(e.getMessage());
  }

  /** The first line of a message, without the driver's codes in brackets and without the URL. */
  static String plain(Throwable thrown) {
    if (thrown == null) {
      return "";
    }
    Throwable t = thrown;
    while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof RuntimeException
        && t.getCause() instanceof SQLException)) {
      t = t.getCause();
    }
    String text = String.valueOf(t.getMessage()).lines().findFirst().orElse("").strip();
    text = text.replaceAll("\\[SQLITE_[A-Z_]+\\]\\s*", "").replaceAll("\\(SQLITE_[A-Z_]+\\)\\s*", "");
    text = text.replaceAll("jdbc:[^\\s)]+", "the database");
    text = text.isEmpty() ? t.getClass().getSimpleName() : text;
    return text.toLowerCase(Locale.ROOT).endsWith(".") ? text : text + ".";
  }
}
