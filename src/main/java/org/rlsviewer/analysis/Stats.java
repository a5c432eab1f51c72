package org.rlsviewer.analysis;

import java.util.Collection;
import java.util.OptionalDouble;
import org.apache.commons.statistics.descriptive.Median;

/** Small summary statistics over recorded values; an empty input gives an empty result, never 0. */
final class Stats {

  private static final Median MEDIAN = Median.withDefaults();

  /** Medians of whole numbers are whole or halves: a long diary's weeks share one per value up to this. */
  private static final int SHARED_UP_TO = 2_000;
  private static final OptionalDouble[] HALVES = new OptionalDouble[2 * SHARED_UP_TO + 1];

  static {
    for (int i = 0; i < HALVES.length; i++) {
      HALVES[i] = OptionalDouble.of(i / 2.0);
    }
  }

  private Stats() {}

  static OptionalDouble median(Collection<? extends Number> values) {
    return values.isEmpty() ? OptionalDouble.empty() : shared(MEDIAN.evaluate(toArray(values)));
  }

  /** {@code OptionalDouble.of(value)}, one shared object for a whole or half number from 0 to {@link #SHARED_UP_TO}. */
  static OptionalDouble shared(double value) {
    double twice = value * 2;
    if (twice >= 0 && twice <= HALVES.length - 1 && twice == Math.rint(twice)
        && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
      return HALVES[(int) twice];
    }
    return OptionalDouble.of(value);
  }

  static OptionalDouble mean(Collection<? extends Number> values) {
    return values.stream().mapToDouble(Number::doubleValue).average();
  }

  static double[] toArray(Collection<? extends Number> values) {
    return values.stream().mapToDouble(Number::doubleValue).toArray();
  }
}
