package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One laboratory result the clinician entered: the test by its canonical name (e.g.
 * {@code ferritin}, {@code tsat}, {@code egfr}), the value in {@code unit}, and the date of the sample.
 */
public record LabResult(String test, double value, String unit, LocalDate date) {

  public LabResult {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(date, "date");
    unit = unit == null ? "" : unit.strip();
  }
}
