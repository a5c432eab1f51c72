package org.rlsviewer.analysis;

import java.util.Arrays;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Two-sample comparison of a period with baseline: the Hodges-Lehmann shift (median of all
 * differences period − baseline), its 95% confidence interval, and the two-sided Mann-Whitney
 * p-value, all from Apache Commons Statistics' test (exact when the samples are small and untied,
 * otherwise the normal approximation with tie and continuity correction).
 *
 * <p>The interval spans the shifts μ that the same test does not reject at 5% when the period is
 * moved by −μ. The test's answer can change only at a pairwise difference, so it is asked at each
 * distinct difference and once inside each gap between neighbours (at the midpoint), and the interval
 * runs from the lowest to the highest shift accepted. For untied samples this is the textbook
 * interval [D(k), D(nm + 1 − k)] with k the exact critical count; with ties it follows the test's tie
 * correction. With whole-number ratings an end of the interval can be a difference the test itself
 * rejects (the interval is then open at that end): the interval may end at 0 although p < 0.05.
 */
final class ShiftStatistics {

  record Shift(double estimate, double low, double high, double pValue) {}

  static final double ALPHA = 0.05;
  private static final MannWhitneyUTest TEST = MannWhitneyUTest.withDefaults();

  private ShiftStatistics() {}

  /** Both samples must be non-empty. */
  static Shift compare(double[] baseline, double[] period) {
    if (baseline.length == 0 || period.length == 0) {
      throw new IllegalArgumentException("both samples need at least one value");
    }
    double[] differences = differences(baseline, period);
    double estimate = medianOfSorted(differences);
    double p = TEST.test(period, baseline).getPValue();
    double[] bounds = distinct(differences);
    double low = Double.NaN;
    double high = Double.NaN;
    // Candidates in ascending order: the gap below the first difference, then each difference and
    // the gap above it. Each is [lowest, highest] shift it stands for.
    for (int i = 0; i <= 2 * bounds.length; i++) {
      double lowest;
      double highest;
      double mu;
      if (i % 2 == 1) {
        lowest = bounds[i / 2];
        highest = lowest;
        mu = lowest;
      } else {
        int gap = i / 2;
        lowest = gap == 0 ? Double.NEGATIVE_INFINITY : bounds[gap - 1];
        highest = gap == bounds.length ? Double.POSITIVE_INFINITY : bounds[gap];
        mu = gap == 0 ? highest - 1 : gap == bounds.length ? lowest + 1 : (lowest + highest) / 2;
      }
      if (TEST.withMu(mu).test(period, baseline).getPValue() >= ALPHA) {
        if (Double.isNaN(low)) {
          low = lowest;
        }
        high = highest;
      }
    }
    if (Double.isNaN(low)) {
      low = estimate;
      high = estimate;
    }
    return new Shift(estimate, low, high, p);
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

  private static double[] distinct(double[] sorted) {
    return Arrays.stream(sorted).distinct().toArray();
  }

  private static double medianOfSorted(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
