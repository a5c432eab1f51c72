package org.rlsviewer.report;

import java.io.IOException;
import java.nio.file.Path;
import org.rlsviewer.domain.VisitSummary;

/** Writes the visit summary PDF. */
public final class VisitSummaryPdf {

  /**
   * Writes the summary to {@code out}: to a temporary file in the same folder first, then moved into
   * place, so a failure never leaves a half-written file behind.
   */
  public void write(VisitSummary summary, Path out) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
