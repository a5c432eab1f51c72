package org.rlsviewer.domain;

import java.util.Locale;

/** A nightly measure the magnesium trial is judged on, and which direction counts as better. */
public enum TrialMeasure {
  SEVERITY,
  AWAKENINGS,
  SLEEP_LATENCY,
  SLEEP_QUALITY;

  /** The name printed before the verdict, e.g. {@code sleep latency}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Sleep quality is the one measure where a higher figure is better; the others count symptoms. */
  public boolean higherIsBetter() {
    return this == SLEEP_QUALITY;
  }
}
