package org.rlsviewer.domain;

import java.util.Locale;

/** The plain-language answer for one measure of a trial period compared with baseline. */
public enum Verdict {
  IMPROVED,
  NO_CLEAR_CHANGE,
  WORSE,
  NOT_ENOUGH_DATA;

  /** The answer in words, e.g. {@code no clear change}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
