package org.rlsviewer.app;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.importer.ImportOptions;

/**
 * The checks a file named on the command line gets before anything reads it, and the operating
 * system's reason, in its own words, when it cannot be read: "permission denied", "is a directory",
 * "not a regular file" (a FIFO or a device), "no such file". The size limit is checked here too, so
 * an oversized file is refused before a byte of it is held in memory.
 */
final class InputFiles {

  private InputFiles() {}

  /** Why the file cannot be read as a diary (the message after "error: "), or empty when it can be tried. */
  static Optional<String> problem(Path file, ImportOptions options) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return Optional.of(file + ": " + reason(e));
    }
    if (attributes.isDirectory()) {
      return Optional.of(file + ": is a directory");
    }
    if (!attributes.isRegularFile()) {
      return Optional.of(file + ": not a regular file");
    }
    // opening says "permission denied" where Files.isReadable cannot (access control lists)
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long maxBytes = channel.size() > options.maxBytes() ? DiaryImporter.sizeLimit(file, options) : options.maxBytes();
      if (channel.size() > maxBytes) {
        Path name = file.getFileName();
        return Optional.of("\"" + (name == null ? file : name) + "\" is not a diary: it is larger than "
            + Math.max(1, maxBytes / (1024 * 1024)) + " MB, far more than any diary (--max-mb N raises the limit).");
      }
    } catch (IOException e) {
      return Optional.of(file + ": " + reason(e));
    }
    return Optional.empty();
  }

  /** A file larger than the memory an import may use, refused with one line, or empty. */
  static Optional<String> beyondMemory(Path file, long bytes) {
    try {
      if (Files.size(file) > bytes) {
        return Optional.of(file + ": too large to import with the memory Java has here (" + bytes / (1024 * 1024)
            + " MB for a file); start Java with more (-Xmx) or split the file");
      }
    } catch (IOException e) {
      return Optional.of(file + ": " + reason(e));
    }
    return Optional.empty();
  }

  /** The operating system's reason for a failed file operation, without the path it names. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "too many levels of symbolic links";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      String said = fs.getReason().strip();
      return said.isEmpty() ? "cannot be read" : said.substring(0, 1).toLowerCase(Locale.ROOT) + said.substring(1);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
