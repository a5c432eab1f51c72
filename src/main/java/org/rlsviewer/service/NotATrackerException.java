package org.rlsviewer.service;

/** A file given as device data is no sleep tracker's export; the message is shown to the user as is. */
public final class NotATrackerException extends java.io.IOException {
  private static final long serialVersionUID = 1L;

  NotATrackerException(String message) {
    super(message);
  }
}
