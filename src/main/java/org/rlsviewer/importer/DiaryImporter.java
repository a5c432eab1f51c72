package org.rlsviewer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rlsviewer.domain.ImportResult;

/** Reads a diary export (diary format v1, see docs/diary-format.md) into a diary and its import report. */
public final class DiaryImporter {

  static final int MAX_MEGABYTES = 50;
  private static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

  /** Reads a file; its name becomes the report's source name. */
  public ImportResult importFile(Path file) throws IOException, NotADiaryException {
    Path name = file.getFileName();
    try (InputStream in = Files.newInputStream(file)) {
      return importStream(in, name == null ? file.toString() : name.toString());
    }
  }

  /** Reads a stream to its end; does not close it. */
  public ImportResult importStream(InputStream in, String sourceName) throws IOException, NotADiaryException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    var binary = FileSniffer.binaryKind(bytes);
    if (binary.isPresent()) {
      throw NotADiaryException.binary(sourceName, binary.get());
    }
    if (bytes.length > MAX_BYTES) {
      throw NotADiaryException.tooLarge(sourceName, MAX_MEGABYTES);
    }
    return new DiaryReader(sourceName, DiaryText.decode(bytes)).read();
  }
}
