package org.rlsviewer.domain;

/**
 * Severity bands of the IRLS total (0-40) as the rating scale defines them. Only totals and bands
 * are used; the questionnaire's items are licensed and are not reproduced.
 */
public enum IrlsBand {
  NONE("none", 0),
  MILD("mild", 10),
  MODERATE("moderate", 20),
  SEVERE("severe", 30),
  VERY_SEVERE("very severe", 40);

  private final String label;
  /** The band's highest total; it starts one above the band before it. */
  private final int high;

  IrlsBand(String label, int high) {
    this.label = label;
    this.high = high;
  }

  public String label() {
    return label;
  }

  /** The band of a total; totals outside 0-40 have none. */
  public static IrlsBand of(int total) {
    if (total >= 0) {
      for (IrlsBand band : values()) {
        if (total <= band.high) {
          return band;
        }
      }
    }
    throw new IllegalArgumentException("an IRLS total is 0 to 40, not " + total);
  }
}
