package org.rlsviewer.service;

import org.rlsviewer.domain.PersonChoice;

/**
 * The export holds the diaries of several persons and none was chosen: open it again with one of
 * {@link #choice()}'s persons ({@link OpenOptions#withPerson}). A kind of {@link NotADiaryException},
 * so callers that do not ask still show its message.
 */
public final class AmbiguousPersonException extends NotADiaryException {
  private static final long serialVersionUID = 1L;

  private final transient PersonChoice choice;

  AmbiguousPersonException(org.rlsviewer.importer.AmbiguousPersonException cause) {
    super(cause);
    this.choice = cause.choice();
  }

  public PersonChoice choice() {
    return choice;
  }
}
