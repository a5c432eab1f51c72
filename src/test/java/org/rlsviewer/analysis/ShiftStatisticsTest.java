package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShiftStatisticsTest {

  /**
   * Baseline 1..7, period 8..14 (no ties). Differences period − baseline take each value d in 1..13
   * (7 − |d − 7|) times, so D(25), the median, is 7; the exact two-sided 5% critical value of U for
   * 7 and 7 is 8 (standard tables), so k = 9 and the interval is [D(9), D(41)] = [4, 10]. Complete
   * separation has exact two-sided p = 2 / C(14, 7) = 2 / 3432.
   */
  @Test
  void untiedSamplesGiveTheTextbookIntervalAndExactP() {
    ShiftStatistics.Shift s = ShiftStatistics.compare(new double[] {1, 2, 3, 4, 5, 6, 7},
        new double[] {8, 9, 10, 11, 12, 13, 14});
    assertThat(s.estimate()).isEqualTo(7.0);
    assertThat(s.low()).isEqualTo(4.0);
    assertThat(s.high()).isEqualTo(10.0);
    assertThat(s.pValue()).isCloseTo(2.0 / 3432, within(1e-12));
  }

  /**
   * Whole-number ratings with ties. Ranks of the 14 values: 3 → 1; 4,4 → 2.5; five 5s → 6; four 6s →
   * 10.5; 7,7 → 13.5. Period rank sum 1 + 2.5·2 + 6·3 + 10.5 = 34.5, U = 34.5 − 28 = 6.5, mean 24.5.
   * Tie term Σ(t³ − t) = 6 + 120 + 60 + 6 = 192; variance 49/12 · (15 − 192/182) = 56.942; with the
   * continuity correction z = (18 − 0.5)/7.5460 = 2.3191, two-sided p = 0.02039. The 49 differences
   * have median −1. The interval [−3, 0] was worked out independently by inverting SciPy 1.17's
   * mannwhitneyu (asymptotic, continuity and tie corrected); it ends at 0 although the test at 0
   * rejects, because 0 is a pairwise difference (the interval is open there).
   */
  @Test
  void tiedSamplesUseTheTieCorrectedTestForPAndInterval() {
    ShiftStatistics.Shift s = ShiftStatistics.compare(new double[] {5, 5, 6, 6, 6, 7, 7},
        new double[] {3, 4, 4, 5, 5, 5, 6});
    assertThat(s.estimate()).isEqualTo(-1.0);
    assertThat(s.pValue()).isCloseTo(0.02039, within(5e-5));
    assertThat(s.low()).isEqualTo(-3.0);
    assertThat(s.high()).isEqualTo(0.0);
  }

  /** Three against three: even complete separation has exact p = 2/20 = 0.1, so no shift is excluded. */
  @Test
  void tinySamplesCannotExcludeAnyShift() {
    ShiftStatistics.Shift s = ShiftStatistics.compare(new double[] {1, 2, 3}, new double[] {4, 5, 6});
    assertThat(s.estimate()).isEqualTo(3.0);
    assertThat(s.pValue()).isCloseTo(0.1, within(1e-12));
    assertThat(s.low()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(s.high()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void singleNightsGiveTheirDifferenceAndNoEvidence() {
    ShiftStatistics.Shift s = ShiftStatistics.compare(new double[] {5}, new double[] {3});
    assertThat(s.estimate()).isEqualTo(-2.0);
    assertThat(s.pValue()).isEqualTo(1.0);
  }

  @Test
  void identicalPeriodsShowNoShift() {
    double[] same = {4, 5, 5, 6, 6, 7, 8};
    ShiftStatistics.Shift s = ShiftStatistics.compare(same, same.clone());
    assertThat(s.estimate()).isZero();
    assertThat(s.pValue()).isEqualTo(1.0);
    assertThat(s.low()).isNegative();
    assertThat(s.high()).isPositive();
  }

  @Test
  void anEmptyPeriodIsRefused() {
    assertThatThrownBy(() -> ShiftStatistics.compare(new double[0], new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
