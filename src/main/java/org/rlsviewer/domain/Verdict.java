package org.rlsviewer.domain;

/** The plain-language answer for one measure of a trial period compared with baseline. */
public enum Verdict {
  IMPROVED("improved"),
  NO_CLEAR_CHANGE("no clear change"),
  WORSE("worse"),
  NOT_ENOUGH_DATA("not enough data");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
