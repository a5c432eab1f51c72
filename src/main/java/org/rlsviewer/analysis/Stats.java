package org.rlsviewer.analysis;

import java.util.Collection;
import java.util.OptionalDouble;
import org.apache.commons.statistics.descriptive.Median;

/** Small summary statistics over recorded values; an empty input gives an empty result, never 0. */
final class Stats {

  private static final Median MEDIAN = Median.withDefaults();

  private Stats() {}

  static OptionalDouble median(Collection<? extends Number> values) {
    return values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(MEDIAN.evaluate(toArray(values)));
  }

  static OptionalDouble mean(Collection<? extends Number> values) {
    return values.stream().mapToDouble(Number::doubleValue).average();
  }

  static double[] toArray(Collection<? extends Number> values) {
    return values.stream().mapToDouble(Number::doubleValue).toArray();
  }
}
