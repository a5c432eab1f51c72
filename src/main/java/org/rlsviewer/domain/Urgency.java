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

  /**
   * Exclamation marks that repeat the urgency without colour, for grey-scale print and colour-blind
   * readers: {@code !!} urgent, {@code !} soon, none for routine and info.
   */
  public String mark() {
    return switch (this) {
      case URGENT -> "!!";
      case SOON -> "!";
      case ROUTINE, INFO -> "";
    };
  }

  /** The marks and the upper-case word, as shown on a tag, e.g. {@code !! URGENT}. */
  public String tag() {
    return mark().isEmpty() ? name() : mark() + " " + name();
  }
}
