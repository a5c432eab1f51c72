package org.rlsviewer.app;

/** A command line that cannot be run as given; the message, for the user, says what is wrong. */
final class UsageProblem extends Exception {

  UsageProblem(String message) {
    super(message);
  }
}
