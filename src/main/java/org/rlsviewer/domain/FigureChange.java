package org.rlsviewer.domain;

import java.util.OptionalDouble;

/** One figure at the last visit and since, with the direction of the change. */
public record FigureChange(Measure measure, OptionalDouble atLastVisit, OptionalDouble since) {

  /** The figures compared across a visit; for all but nights logged, higher means more symptoms. */
  public enum Measure {
    NIGHTS_LOGGED, SEVERITY, AWAKENINGS, LATENCY;

    public String label() {
      return switch (this) {
        case NIGHTS_LOGGED -> "Nights logged";
        case SEVERITY -> "Median severity";
        case AWAKENINGS -> "Median awakenings";
        case LATENCY -> "Median sleep latency";
      };
    }

    public String unit() {
      return switch (this) {
        case NIGHTS_LOGGED -> "%";
        case SEVERITY -> "of 10";
        case AWAKENINGS -> "per night";
        case LATENCY -> "min";
      };
    }
  }

  public ChangeDirection direction() {
    return ChangeDirection.of(atLastVisit, since);
  }

  /** The change since minus before; empty when either is missing. */
  public OptionalDouble difference() {
    return atLastVisit.isPresent() && since.isPresent()
        ? OptionalDouble.of(since.getAsDouble() - atLastVisit.getAsDouble()) : OptionalDouble.empty();
  }
}
