package org.rlsviewer.service;

import java.util.List;

/**
 * The export holds the diaries of several persons and none was chosen: open it again with one of
 * {@link #persons()} ({@link OpenOptions#withPerson}). A kind of {@link NotADiaryException}, so
 * callers that do not ask still show its message.
 */
public final class AmbiguousPersonException extends NotADiaryException {
  private static final long serialVersionUID = 1L;

  private final String sourceName;
  private final List<String> persons;
  private final List<Integer> rowCounts;

  AmbiguousPersonException(org.rlsviewer.importer.AmbiguousPersonException cause) {
    super(cause);
    this.sourceName = cause.sourceName();
    this.persons = cause.persons();
    this.rowCounts = cause.rowCounts();
  }

  public String sourceName() {
    return sourceName;
  }

  /** The persons' ids in the order they first appear in the file. */
  public List<String> persons() {
    return persons;
  }

  /** How many rows each person of {@link #persons()} has. */
  public List<Integer> rowCounts() {
    return rowCounts;
  }
}
