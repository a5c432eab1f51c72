package org.rlsviewer.domain;

import java.util.Locale;

/** How soon a flag should be looked at; declared most urgent first, so natural order sorts. */
public enum Urgency {
  URGENT,
  SOON,
  ROUTINE,
  INFO;

  /** Lower-case word used in CSV output and the PDF, e.g. {@code urgent}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
