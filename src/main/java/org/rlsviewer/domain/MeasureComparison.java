package org.rlsviewer.domain;

import java.util.OptionalDouble;

/**
 * One measure of a trial period against baseline. The shift is the Hodges-Lehmann estimate of
 * (period − baseline), with its 95% confidence interval; the p-value is the two-sided
 * Mann-Whitney test. All numbers are empty when a period has no recorded night for the measure;
 * shift, interval and p-value are also empty when the verdict is not enough data.
 *
 * @param reason why the verdict is not enough data (e.g. "baseline has 6 nights, 7 needed"); empty otherwise
 */
public record MeasureComparison(
    TrialMeasure measure,
    int baselineNights,
    int periodNights,
    OptionalDouble baselineMedian,
    OptionalDouble periodMedian,
    OptionalDouble shift,
    OptionalDouble ciLow,
    OptionalDouble ciHigh,
    OptionalDouble pValue,
    Verdict verdict,
    String reason) {}
