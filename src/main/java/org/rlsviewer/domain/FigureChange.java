package org.rlsviewer.domain;

import java.util.OptionalDouble;

/** One figure at the last visit and since, with the direction of the change. */
public record FigureChange(Measure measure, OptionalDouble atLastVisit, OptionalDouble since) {

  /** The figures compared across a visit; for all but nights logged, higher means more symptoms. */
  public enum Measure {
    NIGHTS_LOGGED("Nights logged", "%"),
    SEVERITY("Median severity", "of 10"),
    AWAKENINGS("Median awakenings", "per night"),
    LATENCY("Median sleep latency", "min");

    private final String label;
    private final String unit;

    Measure(String label, String unit) {
      this.label = label;
      this.unit = unit;
    }

    public String label() {
      return label;
    }

    public String unit() {
      return unit;
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
