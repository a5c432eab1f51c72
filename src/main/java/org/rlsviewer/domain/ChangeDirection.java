package org.rlsviewer.domain;

/** Which way a figure moved since the last visit; the figure's own meaning says whether that is good. */
public enum ChangeDirection {
  HIGHER, LOWER, SAME, NOT_COMPARABLE;

  public String label() {
    return switch (this) {
      case HIGHER -> "higher";
      case LOWER -> "lower";
      case SAME -> "no change";
      case NOT_COMPARABLE -> "not comparable";
    };
  }

  /** A symbol shown with the label (never instead of it). */
  public String symbol() {
    return switch (this) {
      case HIGHER -> "\u25B2";
      case LOWER -> "\u25BC";
      case SAME -> "=";
      case NOT_COMPARABLE -> "\u2013";
    };
  }

  /** The direction from {@code before} to {@code after}; not comparable when either is missing. */
  public static ChangeDirection of(java.util.OptionalDouble before, java.util.OptionalDouble after) {
    if (before.isEmpty() || after.isEmpty()) {
      return NOT_COMPARABLE;
    }
    int c = Double.compare(after.getAsDouble(), before.getAsDouble());
    return c > 0 ? HIGHER : c < 0 ? LOWER : SAME;
  }
}
