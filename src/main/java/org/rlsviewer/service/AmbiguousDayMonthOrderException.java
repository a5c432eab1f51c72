package org.rlsviewer.service;

import java.util.List;

/**
 * The file writes dates such as 05/01/2026 and none of them settles whether the day or the month
 * comes first. Nothing was opened; ask the user once and open again with the answer. The message
 * is shown to the user as is.
 */
public final class AmbiguousDayMonthOrderException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String sourceName;
  private final List<String> examples;

  AmbiguousDayMonthOrderException(org.rlsviewer.importer.AmbiguousDayMonthOrderException cause) {
    super(cause.getMessage(), cause);
    this.sourceName = cause.sourceName();
    this.examples = cause.examples();
  }

  public String sourceName() {
    return sourceName;
  }

  /** A few of the file's dates as written, for the question shown to the user. */
  public List<String> examples() {
    return examples;
  }
}
