package org.rlsviewer.domain;

import java.util.Locale;

/**
 * How sure the reader is that a flag's words affirm the finding. {@code POSSIBLE} marks a mention
 * the reader could not confidently set aside (recall first: shown, never dropped).
 */
public enum Certainty {
  DEFINITE,
  POSSIBLE;

  /** Lower-case word used in CSV output, e.g. {@code possible}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
