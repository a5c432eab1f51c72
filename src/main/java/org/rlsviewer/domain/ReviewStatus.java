package org.rlsviewer.domain;

import java.util.Locale;

/** Where the clinician's review of one flag stands. */
public enum ReviewStatus {
  OPEN,
  ACKNOWLEDGED,
  DISMISSED;

  /** Lower-case word for lists, CSV and the PDF, e.g. {@code acknowledged}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
