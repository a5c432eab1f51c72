package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of a stretch of nights compared across a visit. Figures without a logged value
 * behind them are empty. {@code first} and {@code last} are empty for a stretch with no nights
 * (nothing logged since the visit).
 */
public record VisitPeriod(
    Optional<LocalDate> first, Optional<LocalDate> last, int nightsInPeriod, int nightsLogged,
    OptionalDouble medianSeverity, OptionalDouble medianAwakenings, OptionalDouble medianLatencyMin) {

  /** Nights logged as a share of the nights in the period (0-100); empty for an empty period. */
  public OptionalDouble loggedPercent() {
    return nightsInPeriod == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * nightsLogged / nightsInPeriod);
  }

  /** E.g. "2026-01-10 to 2026-02-06", or "no nights". */
  public String label() {
    return first.isEmpty() ? "no nights" : first.get() + " to " + last.orElseThrow();
  }
}
