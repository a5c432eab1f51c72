package org.rlsviewer.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.InterruptibleInputStream;

/**
 * A diary file as the open pipeline reads it, once: either its bytes held in memory (needed when
 * the store keeps the very bytes read) or the file streamed by the importer (a session that keeps
 * nothing, so a tracker export of a gigabyte is never held). Either way it knows its name, size and
 * SHA-256, and the text encoding is found once by the importer while it parses.
 */
final class DiarySource {

  private final Path file;
  private final String name;
  private final byte[] bytes;
  private String sha256;

  private DiarySource(Path file, byte[] bytes) {
    this.file = file;
    Path fileName = file.getFileName();
    this.name = fileName == null ? file.toString() : fileName.toString();
    this.bytes = bytes;
  }

  /**
   * The file's bytes, read once; one byte past the options' limit is enough for the importer to
   * refuse a file too large with its message. Interrupting the thread stops the reading.
   */
  static DiarySource held(Path file, ImportOptions options) throws IOException {
    try (InputStream in = new InterruptibleInputStream(Files.newInputStream(file))) {
      return new DiarySource(file, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxBytes() + 1)));
    }
  }

  /** The file, streamed by the importer when parsed; its digest is taken when first asked. */
  static DiarySource streamed(Path file) {
    return new DiarySource(file, null);
  }

  String name() {
    return name;
  }

  Path file() {
    return file;
  }

  /** The bytes read, for the store; empty for a streamed source. */
  Optional<byte[]> bytes() {
    return Optional.ofNullable(bytes);
  }

  long size() throws IOException {
    return bytes != null ? bytes.length : Files.size(file);
  }

  String sha256() throws IOException {
    if (sha256 == null) {
      sha256 = bytes != null ? FileDigest.sha256(bytes) : FileDigest.sha256(file);
    }
    return sha256;
  }

  /** Parses the diary; interrupting the thread stops it at the next block read. */
  ImportResult read(DiaryImporter importer, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return ImportFailures.translated(() -> bytes == null ? importer.importFile(file, options)
        : importer.importStream(new InterruptibleInputStream(new ByteArrayInputStream(bytes)), name, options));
  }
}
