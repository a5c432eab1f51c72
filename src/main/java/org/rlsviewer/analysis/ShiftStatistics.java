package org.rlsviewer.analysis;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Two-sample comparison of a period with baseline: the Hodges-Lehmann shift (median of all
 * differences period − baseline), its 95% confidence interval, and the two-sided Mann-Whitney
 * p-value from Apache Commons Statistics (exact when the samples are small and untied, otherwise the
 * normal approximation with tie and continuity correction).
 *
 * <p>The interval is [D(k), D(nm + 1 − k)] of the n·m ordered differences, where k is the
 * Mann-Whitney critical count from its normal approximation,
 * k = round(nm/2 − z(0.975) · √(nm(n + m + 1)/12)) (Hollander and Wolfe, large-sample form), at least
 * 1. For 7 and 7 nights it gives k = 9, the same as the exact table.
 */
final class ShiftStatistics {

  record Shift(double estimate, double low, double high, double pValue) {}

  private static final double Z_975 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
  private static final MannWhitneyUTest TEST = MannWhitneyUTest.withDefaults();

  private ShiftStatistics() {}

  /** Both samples must be non-empty. */
  static Shift compare(double[] baseline, double[] period) {
    if (baseline.length == 0 || period.length == 0) {
      throw new IllegalArgumentException("both samples need at least one value");
    }
    double[] differences = differences(baseline, period);
    int k = criticalCount(period.length, baseline.length);
    double estimate = medianOfSorted(differences);
    double p = TEST.test(period, baseline).getPValue();
    return new Shift(estimate, differences[k - 1], differences[differences.length - k], p);
  }

  /** All period − baseline differences, sorted ascending. */
  static double[] differences(double[] baseline, double[] period) {
    double[] d = new double[baseline.length * period.length];
    int i = 0;
    for (double p : period) {
      for (double b : baseline) {
        d[i++] = p - b;
      }
    }
    Arrays.sort(d);
    return d;
  }

  static int criticalCount(int n, int m) {
    double nm = (double) n * m;
    long k = Math.round(nm / 2 - Z_975 * Math.sqrt(nm * (n + m + 1) / 12.0));
    return (int) Math.max(1, k);
  }

  private static double medianOfSorted(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
