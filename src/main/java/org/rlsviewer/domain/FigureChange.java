package org.rlsviewer.domain;

import java.util.OptionalDouble;

/**
 * One figure at the last visit and since, with the direction of the change. {@code higherIsWorse}
 * says how to read it (true for severity, awakenings and latency; false for nights logged).
 */
public record FigureChange(String measure, OptionalDouble atLastVisit, OptionalDouble since, String unit,
    boolean higherIsWorse) {

  public ChangeDirection direction() {
    return ChangeDirection.of(atLastVisit, since);
  }

  /** The change since minus before; empty when either is missing. */
  public OptionalDouble difference() {
    return atLastVisit.isPresent() && since.isPresent()
        ? OptionalDouble.of(since.getAsDouble() - atLastVisit.getAsDouble()) : OptionalDouble.empty();
  }
}
