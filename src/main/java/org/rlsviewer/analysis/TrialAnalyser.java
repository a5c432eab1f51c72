package org.rlsviewer.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.MeasureComparison;
import org.rlsviewer.domain.PeriodComparison;
import org.rlsviewer.domain.PeriodKind;
import org.rlsviewer.domain.SideEffectCount;
import org.rlsviewer.domain.TrialAnalysis;
import org.rlsviewer.domain.TrialMeasure;
import org.rlsviewer.domain.TrialPeriod;
import org.rlsviewer.domain.Verdict;

/**
 * Judges a magnesium trial from the diary: each dose level and stopped period against baseline, per
 * measure. A measure is judged only with at least {@value #MINIMUM_PERIOD_NIGHTS} recorded nights in
 * both periods, and a dose level only once the trial has run {@value #MINIMUM_TRIAL_NIGHTS} nights by
 * its end. It is called improved (or worse) when the two-sided Mann-Whitney p-value is below 0.05
 * and the Hodges-Lehmann shift points the better (or worse) way; otherwise no clear change. The
 * interval comes from inverting the same test, so it excludes no change whenever p is below 0.05,
 * though with whole-number ratings it may end exactly at 0, open at that end.
 */
final class TrialAnalyser {

  static final int MINIMUM_PERIOD_NIGHTS = 7;
  static final int MINIMUM_TRIAL_NIGHTS = 28;
  static final double ALPHA = ShiftStatistics.ALPHA;

  private TrialAnalyser() {}

  static TrialAnalysis analyse(List<DiaryEntry> entries) {
    List<TrialPeriods.Period> split = TrialPeriods.split(entries);
    Optional<LocalDate> firstDose = entries.stream().filter(TrialPeriods::dosed).map(DiaryEntry::date).findFirst();
    if (firstDose.isEmpty()) {
      return new TrialAnalysis(firstDose, List.of(), List.of(), 0, 0, OptionalDouble.empty(),
          MINIMUM_TRIAL_NIGHTS, MINIMUM_PERIOD_NIGHTS);
    }
    List<DiaryEntry> baseline = split.stream().filter(p -> p.kind() == PeriodKind.BASELINE)
        .findFirst().map(TrialPeriods.Period::nights).orElse(List.of());
    List<TrialPeriod> periods = new ArrayList<>();
    List<PeriodComparison> comparisons = new ArrayList<>();
    for (TrialPeriods.Period p : split) {
      TrialPeriod period = describe(p);
      periods.add(period);
      if (p.kind() != PeriodKind.BASELINE) {
        int trialSoFar = nightsBetween(firstDose.get(), period.last());
        comparisons.add(compare(baseline, p, period, trialSoFar));
      }
    }
    List<TrialPeriod> levels = periods.stream().filter(p -> p.kind() == PeriodKind.DOSE).toList();
    int trialNights = levels.stream().mapToInt(TrialPeriod::nightsInPeriod).sum();
    int dosedNights = levels.stream().mapToInt(TrialPeriod::nightsDosed).sum();
    return new TrialAnalysis(firstDose, periods, comparisons, trialNights, dosedNights,
        OptionalDouble.of((double) dosedNights / trialNights), MINIMUM_TRIAL_NIGHTS, MINIMUM_PERIOD_NIGHTS);
  }

  private static PeriodComparison compare(
      List<DiaryEntry> baseline, TrialPeriods.Period p, TrialPeriod period, int trialSoFar) {
    List<MeasureComparison> measures = new ArrayList<>();
    for (TrialMeasure measure : TrialMeasure.values()) {
      String tooShort = p.kind() == PeriodKind.DOSE && trialSoFar < MINIMUM_TRIAL_NIGHTS
          ? "the trial had run " + trialSoFar + " nights by the end of this period; a fair trial needs "
              + MINIMUM_TRIAL_NIGHTS
          : "";
      measures.add(compareMeasure(measure, values(baseline, measure), values(p.nights(), measure), tooShort));
    }
    return new PeriodComparison(period, measures);
  }

  /** Compares the recorded values of one measure; {@code tooShort} non-empty forces not enough data. */
  static MeasureComparison compareMeasure(
      TrialMeasure measure, List<Integer> baseline, List<Integer> period, String tooShort) {
    OptionalDouble baselineMedian = Stats.median(baseline);
    OptionalDouble periodMedian = Stats.median(period);
    String reason = tooShort;
    if (reason.isEmpty() && baseline.size() < MINIMUM_PERIOD_NIGHTS) {
      reason = "baseline has " + baseline.size() + " nights with " + measure.label() + ", "
          + MINIMUM_PERIOD_NIGHTS + " needed";
    } else if (reason.isEmpty() && period.size() < MINIMUM_PERIOD_NIGHTS) {
      reason = "this period has " + period.size() + " nights with " + measure.label() + ", "
          + MINIMUM_PERIOD_NIGHTS + " needed";
    }
    if (!reason.isEmpty()) {
      OptionalDouble none = OptionalDouble.empty();
      return new MeasureComparison(measure, baseline.size(), period.size(), baselineMedian, periodMedian,
          none, none, none, none, Verdict.NOT_ENOUGH_DATA, reason);
    }
    ShiftStatistics.Shift s = ShiftStatistics.compare(Stats.toArray(baseline), Stats.toArray(period));
    return new MeasureComparison(measure, baseline.size(), period.size(), baselineMedian, periodMedian,
        OptionalDouble.of(s.estimate()), OptionalDouble.of(s.low()), OptionalDouble.of(s.high()),
        OptionalDouble.of(s.pValue()), verdict(measure, s), "");
  }

  static Verdict verdict(TrialMeasure measure, ShiftStatistics.Shift s) {
    if (s.pValue() >= ALPHA || s.estimate() == 0) {
      return Verdict.NO_CLEAR_CHANGE;
    }
    return (s.estimate() > 0) == measure.higherIsBetter() ? Verdict.IMPROVED : Verdict.WORSE;
  }

  static List<Integer> values(List<DiaryEntry> nights, TrialMeasure measure) {
    Function<DiaryEntry, Integer> field = switch (measure) {
      case SEVERITY -> DiaryEntry::severity;
      case AWAKENINGS -> DiaryEntry::awakenings;
      case SLEEP_LATENCY -> DiaryEntry::sleepLatencyMin;
      case SLEEP_QUALITY -> DiaryEntry::sleepQuality;
    };
    return nights.stream().map(field).filter(Objects::nonNull).toList();
  }

  static TrialPeriod describe(TrialPeriods.Period p) {
    List<DiaryEntry> nights = p.nights();
    List<Integer> doses = nights.stream().filter(TrialPeriods::dosed).map(DiaryEntry::magnesiumMg).toList();
    OptionalInt min = doses.stream().mapToInt(Integer::intValue).min();
    OptionalInt max = doses.stream().mapToInt(Integer::intValue).max();
    Map<SideEffectReader.Effect, Integer> effects = new EnumMap<>(SideEffectReader.Effect.class);
    for (DiaryEntry e : nights) {
      SideEffectReader.read(e).forEach(effect -> effects.merge(effect, 1, Integer::sum));
    }
    List<SideEffectCount> counts = effects.entrySet().stream()
        .map(en -> new SideEffectCount(en.getKey().label, en.getValue())).toList();
    return new TrialPeriod(p.kind(), nights.get(0).date(), nights.get(nights.size() - 1).date(), nights.size(),
        doses.size(), min, max, Stats.median(doses), counts);
  }

  private static int nightsBetween(LocalDate first, LocalDate last) {
    return (int) ChronoUnit.DAYS.between(first, last) + 1;
  }
}
