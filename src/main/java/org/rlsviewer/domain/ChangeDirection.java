package org.rlsviewer.domain;

/** Which way a figure moved since the last visit; the figure's own meaning says whether that is good. */
public enum ChangeDirection {
  HIGHER("higher", "\u25B2"),
  LOWER("lower", "\u25BC"),
  SAME("no change", "="),
  NOT_COMPARABLE("not comparable", "\u2013");

  private final String label;
  private final String symbol;

  ChangeDirection(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  public String label() {
    return label;
  }

  /** A symbol shown with the label (never instead of it). */
  public String symbol() {
    return symbol;
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
