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
 * moved by −μ. The test's answer can change only at a pairwise difference, so the candidates are
 * the distinct differences and the gaps between neighbours (tested at their midpoints); the ends of
 * the accepted run around the estimate are found by bisection, and the interval runs from the lowest
 * to the highest shift accepted. For untied samples this is the textbook
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
    Candidates candidates = new Candidates(bounds);
    int centre = candidates.indexOf(estimate);
    double low;
    double high;
    if (accepted(candidates, centre, baseline, period)) {
      // The test's p-value falls away monotonically on either side of the estimate, so the ends of
      // the accepted run can be found by bisection instead of asking the test at every candidate.
      int first = firstAccepted(candidates, 0, centre, baseline, period);
      int last = lastAccepted(candidates, centre, candidates.size() - 1, baseline, period);
      low = candidates.lowest(first);
      high = candidates.highest(last);
    } else {
      low = estimate;
      high = estimate;
    }
    return new Shift(estimate, low, high, p);
  }

  /**
   * The shifts the test can tell apart, in ascending order: the gap below the first distinct
   * difference, then each difference followed by the gap above it (2r + 1 candidates for r distinct
   * differences). A gap is tested at its midpoint, where shifting the period adds no new ties.
   */
  private record Candidates(double[] bounds) {

    int size() {
      return 2 * bounds.length + 1;
    }

    double lowest(int i) {
      if (i % 2 == 1) {
        return bounds[i / 2];
      }
      return i == 0 ? Double.NEGATIVE_INFINITY : bounds[i / 2 - 1];
    }

    double highest(int i) {
      if (i % 2 == 1) {
        return bounds[i / 2];
      }
      return i / 2 == bounds.length ? Double.POSITIVE_INFINITY : bounds[i / 2];
    }

    double shift(int i) {
      if (i % 2 == 1) {
        return bounds[i / 2];
      }
      if (i == 0) {
        return bounds[0] - 1;
      }
      return i / 2 == bounds.length ? bounds[bounds.length - 1] + 1 : (lowest(i) + highest(i)) / 2;
    }

    /** The candidate holding the value: the difference itself, or the gap it falls in. */
    int indexOf(double value) {
      int at = Arrays.binarySearch(bounds, value);
      return at >= 0 ? 2 * at + 1 : 2 * (-at - 1);
    }
  }

  private static boolean accepted(Candidates c, int i, double[] baseline, double[] period) {
    return TEST.withMu(c.shift(i)).test(period, baseline).getPValue() >= ALPHA;
  }

  /** Lowest accepted index in [from, to], given that to is accepted. */
  private static int firstAccepted(Candidates c, int from, int to, double[] baseline, double[] period) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (accepted(c, mid, baseline, period)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Highest accepted index in [from, to], given that from is accepted. */
  private static int lastAccepted(Candidates c, int from, int to, double[] baseline, double[] period) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (accepted(c, mid, baseline, period)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
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
