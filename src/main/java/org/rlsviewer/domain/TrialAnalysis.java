package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The magnesium trial as the diary shows it: its periods in date order (baseline first when there
 * is one), each dose level and stopped period compared with baseline, and adherence.
 *
 * @param firstDose the first night with a dose above 0 mg; empty when the diary records none
 * @param trialNights calendar nights of the dose-level periods (stopped periods excluded)
 * @param dosedNights nights of those periods with a dose above 0 mg logged (missing diary nights count as not logged)
 * @param adherence dosedNights / trialNights; empty without a trial
 * @param minimumTrialNights nights a fair trial needs before it is judged (28)
 * @param minimumPeriodNights recorded nights each period needs for a measure to be judged (7)
 */
public record TrialAnalysis(
    Optional<LocalDate> firstDose,
    List<TrialPeriod> periods,
    List<PeriodComparison> comparisons,
    int trialNights,
    int dosedNights,
    OptionalDouble adherence,
    int minimumTrialNights,
    int minimumPeriodNights) {

  /** What a diary trial can and cannot show, said wherever its verdict is shown. */
  public static final String CAVEAT = "This is an unblinded before-and-after comparison in one patient: the"
      + " patient knew when magnesium was taken, and the periods may differ in more than magnesium, so a change"
      + " is not proof that magnesium caused it. Evidence for magnesium in RLS is limited (Marshall NS et al."
      + " Sleep Med Rev 2019;48:101218).";

  /** {@link #CAVEAT} in brief, for a one-line verdict. */
  public static final String CAVEAT_SHORT = "unblinded before-and-after comparison in one patient; evidence for"
      + " magnesium in RLS is limited (Marshall 2019)";

  public TrialAnalysis {
    periods = List.copyOf(periods);
    comparisons = List.copyOf(comparisons);
  }

  /** True when the diary records at least one magnesium dose. */
  public boolean hasTrial() {
    return firstDose.isPresent();
  }
}
