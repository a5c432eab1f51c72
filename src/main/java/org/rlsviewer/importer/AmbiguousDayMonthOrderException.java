package org.rlsviewer.importer;

import java.util.List;

/**
 * The file writes dates such as 05/01/2026 and none of them settles whether the day or the month
 * comes first. Nothing was imported; ask the user once and import again with
 * {@link ImportOptions#withDayMonthOrder}. The message is shown to the user as is.
 */
public final class AmbiguousDayMonthOrderException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String sourceName;
  private final List<String> examples;

  AmbiguousDayMonthOrderException(String sourceName, List<String> examples) {
    super("\"" + sourceName + "\" writes dates such as " + String.join(", ", examples)
        + ", which could be day/month or month/day; none of its dates settles which,"
        + " so say which comes first.");
    this.sourceName = sourceName;
    this.examples = List.copyOf(examples);
  }

  public String sourceName() {
    return sourceName;
  }

  /** A few of the file's dates as written, for the question shown to the user. */
  public List<String> examples() {
    return examples;
  }
}
