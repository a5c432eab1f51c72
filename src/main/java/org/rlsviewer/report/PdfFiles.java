package org.rlsviewer.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a PDF the safe way: into a hidden temporary file {@code .NAME.UUID.tmp} in the target's
 * folder, locked while it is written, then moved into place, so the final name never holds half a
 * file. The file is owner-only (0600) where the file system has POSIX permissions: a visit summary
 * is patient data. A temporary file left by a writer that was killed is removed on the next write
 * to the same folder: only files of that exact pattern, and only when no writer holds their lock
 * or they are older than {@link #STALE}.
 */
final class PdfFiles {

  /** A temporary file this old is stale even when its lock cannot be tested. */
  static final Duration STALE = Duration.ofMinutes(5);

  private static final Pattern TEMPORARY = Pattern.compile(
      "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

  /** What writes the file's bytes. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  /**
   * The temporary files this program is writing now. Between creating its file and locking it a
   * writer holds no lock, so another thread's clean-up could take the file for a killed writer's
   * and delete it (summaries written in parallel into one folder): a file listed here is never
   * removed.
   */
  private static final Set<Path> WRITING = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private PdfFiles() {}

  static void write(Path out, Body body) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (folder == null || target.getFileName() == null || Files.isDirectory(target)) {
      throw new java.nio.file.FileSystemException(out.toString(), null, "is a directory");
    }
    removeStale(folder, Instant.now());
    Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean moved = false;
    WRITING.add(temp);
    try {
      try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE), ownerOnly(folder));
          FileLock lock = channel.lock()) {
        OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
          @Override
          public void close() throws IOException {
            flush(); // the channel, and with it the lock, stays open until the file is in place
          }
        };
        body.write(stream);
        stream.flush();
        if (!WINDOWS) {
          // moved while still locked, so no cleaner can take it between the write and the move
          move(temp, target);
          moved = true;
        }
      }
      if (!moved) {
        move(temp, target);
      }
    } finally {
      Files.deleteIfExists(temp);
      WRITING.remove(temp);
    }
  }

  /**
   * Removes the temporary files a killed writer left in the folder: our pattern only, and only those
   * no live writer holds locked (or older than {@link #STALE}). Returns how many were removed.
   */
  static int removeStale(Path folder, Instant now) {
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
        p -> TEMPORARY.matcher(String.valueOf(p.getFileName())).matches())) {
      for (Path p : entries) {
        if (!WRITING.contains(p.toAbsolutePath().normalize())
            && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && abandoned(p, now)) {
          Files.deleteIfExists(p);
          removed++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // cleaning up is a courtesy: a folder that cannot be listed is not a reason to fail the export
    }
    return removed;
  }

  private static boolean abandoned(Path p, Instant now) throws IOException {
    if (Files.getLastModifiedTime(p).toInstant().isBefore(now.minus(STALE))) {
      return true;
    }
    try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock != null;
    } catch (OverlappingFileLockException inUseHere) {
      return false;
    }
  }

  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private static FileAttribute<?>[] ownerOnly(Path folder) {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        && folder.getFileSystem() == FileSystems.getDefault();
    return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
