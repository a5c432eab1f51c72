package org.rlsviewer.domain;

import java.time.LocalDate;

/** One IRLS total (0-40) with its band, from the diary's {@code irls_total} column or the clinician. */
public record IrlsScore(LocalDate date, int total, IrlsBand band, Source source) {

  /** Where a total came from. */
  public enum Source {
    DIARY,
    CLINICIAN
  }

  public IrlsScore {
    if (band != IrlsBand.of(total)) {
      throw new IllegalArgumentException("total " + total + " is in band " + IrlsBand.of(total) + ", not " + band);
    }
  }

  public static IrlsScore of(LocalDate date, int total, Source source) {
    return new IrlsScore(date, total, IrlsBand.of(total), source);
  }
}
