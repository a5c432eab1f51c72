package org.rlsviewer.service;

/** The file is not a diary at all (empty, binary, no date column); the message is shown to the user as is. */
public class NotADiaryException extends Exception {
  private static final long serialVersionUID = 1L;

  public NotADiaryException(String message) {
    super(message);
  }

  NotADiaryException(Exception cause) {
    super(cause.getMessage(), cause);
  }
}
