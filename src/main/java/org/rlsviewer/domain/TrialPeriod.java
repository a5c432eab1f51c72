package org.rlsviewer.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A stretch of the diary with one magnesium regimen: baseline, a dose level, or stopped.
 *
 * @param first the first night of the period
 * @param last the last night of the period
 * @param nightsLogged diary nights in the period
 * @param nightsDosed nights with a dose above 0 mg
 * @param minDoseMg lowest dose above 0 mg in the period
 * @param maxDoseMg highest dose in the period
 * @param medianDoseMg median of the doses above 0 mg
 * @param sideEffects nights with each side effect, only effects seen at least once
 */
public record TrialPeriod(
    PeriodKind kind,
    LocalDate first,
    LocalDate last,
    int nightsLogged,
    int nightsDosed,
    OptionalInt minDoseMg,
    OptionalInt maxDoseMg,
    OptionalDouble medianDoseMg,
    List<SideEffectCount> sideEffects) {

  public TrialPeriod {
    sideEffects = List.copyOf(sideEffects);
  }

  /** Calendar nights from the first to the last night, inclusive. */
  public int nightsInPeriod() {
    return (int) ChronoUnit.DAYS.between(first, last) + 1;
  }

  /** A short name: {@code baseline}, {@code magnesium 250 mg}, {@code magnesium 200-300 mg}, {@code stopped}. */
  public String label() {
    return switch (kind) {
      case BASELINE -> "baseline";
      case STOPPED -> "stopped";
      case DOSE -> minDoseMg.equals(maxDoseMg)
          ? "magnesium " + minDoseMg.orElse(0) + " mg"
          : "magnesium " + minDoseMg.orElse(0) + "-" + maxDoseMg.orElse(0) + " mg";
    };
  }
}
