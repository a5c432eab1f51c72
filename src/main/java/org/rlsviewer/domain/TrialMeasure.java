package org.rlsviewer.domain;

/** A nightly measure the magnesium trial is judged on, and which direction counts as better. */
public enum TrialMeasure {
  SEVERITY("severity", false),
  AWAKENINGS("awakenings", false),
  SLEEP_LATENCY("sleep latency", false),
  SLEEP_QUALITY("sleep quality", true);

  private final String label;
  private final boolean higherIsBetter;

  TrialMeasure(String label, boolean higherIsBetter) {
    this.label = label;
    this.higherIsBetter = higherIsBetter;
  }

  /** The name printed before the verdict, e.g. {@code sleep latency}. */
  public String label() {
    return label;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }
}
