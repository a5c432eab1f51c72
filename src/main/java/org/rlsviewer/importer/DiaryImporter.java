package org.rlsviewer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.rlsviewer.domain.ImportResult;

/** Reads a diary export (diary format v1, see docs/diary-format.md) into a diary and its import report. */
public final class DiaryImporter {

  /** Reads a file; its name becomes the report's source name. */
  public ImportResult importFile(Path file) throws IOException, NotADiaryException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Reads a stream to its end; does not close it. */
  public ImportResult importStream(InputStream in, String sourceName) throws IOException, NotADiaryException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
