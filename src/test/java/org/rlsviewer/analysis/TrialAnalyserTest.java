package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.MeasureComparison;
import org.rlsviewer.domain.PeriodComparison;
import org.rlsviewer.domain.PeriodKind;
import org.rlsviewer.domain.SideEffectCount;
import org.rlsviewer.domain.TrialAnalysis;
import org.rlsviewer.domain.TrialMeasure;
import org.rlsviewer.domain.TrialPeriod;
import org.rlsviewer.domain.Verdict;

class TrialAnalyserTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  /** Nights 1..n (night 1 on START), each built by the function from its number. */
  private static List<DiaryEntry> nights(int n, IntFunction<Night> night) {
    List<DiaryEntry> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(night.apply(i).build());
    }
    return list;
  }

  private static Night night(int i) {
    return Night.on(START.plusDays(i - 1));
  }

  private static final List<Integer> BASELINE = List.of(5, 5, 6, 6, 6, 7, 7);
  private static final List<Integer> LOWER = List.of(3, 4, 4, 5, 5, 5, 6);

  /** The tied example of ShiftStatisticsTest: shift −1, p = 0.0204 (worked out there by hand). */
  @ParameterizedTest(name = "{0}: period lower than baseline -> {1}")
  @CsvSource(textBlock = """
      SEVERITY,      IMPROVED
      AWAKENINGS,    IMPROVED
      SLEEP_LATENCY, IMPROVED
      SLEEP_QUALITY, WORSE
      """)
  void lowerValuesAreBetterExceptForSleepQuality(TrialMeasure measure, Verdict expected) {
    MeasureComparison c = TrialAnalyser.compareMeasure(measure, BASELINE, LOWER, "");
    assertThat(c.verdict()).isEqualTo(expected);
    assertThat(c.baselineMedian()).hasValue(6.0);
    assertThat(c.periodMedian()).hasValue(5.0);
    assertThat(c.shift()).hasValue(-1.0);
    assertThat(c.ciLow()).hasValue(-3.0);
    assertThat(c.ciHigh()).hasValue(0.0);
    assertThat(c.pValue().getAsDouble()).isCloseTo(0.02039, within(5e-5));
    assertThat(c.reason()).isEmpty();
  }

  @Test
  void higherQualityIsImprovedAndHigherSeverityWorse() {
    assertThat(TrialAnalyser.compareMeasure(TrialMeasure.SLEEP_QUALITY, LOWER, BASELINE, "").verdict())
        .isEqualTo(Verdict.IMPROVED);
    assertThat(TrialAnalyser.compareMeasure(TrialMeasure.SEVERITY, LOWER, BASELINE, "").verdict())
        .isEqualTo(Verdict.WORSE);
  }

  @Test
  void theSameSpreadIsNoClearChange() {
    MeasureComparison c = TrialAnalyser.compareMeasure(TrialMeasure.SEVERITY, BASELINE,
        List.of(7, 5, 6, 6, 7, 5, 6, 6), "");
    assertThat(c.verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
    assertThat(c.shift()).hasValue(0.0);
  }

  @Test
  void sixNightsAreNotEnoughAndTheMediansAreStillShown() {
    MeasureComparison c = TrialAnalyser.compareMeasure(TrialMeasure.SEVERITY, BASELINE.subList(0, 6), LOWER, "");
    assertThat(c.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
    assertThat(c.reason()).isEqualTo("baseline has 6 nights with severity, 7 needed");
    assertThat(c.baselineMedian()).hasValue(6.0);
    assertThat(c.periodMedian()).hasValue(5.0);
    assertThat(c.shift()).isEmpty();
    assertThat(c.pValue()).isEmpty();
  }

  @Test
  void anEmptyPeriodHasNoMedianAndNotEnoughData() {
    MeasureComparison c = TrialAnalyser.compareMeasure(TrialMeasure.AWAKENINGS, BASELINE, List.of(), "");
    assertThat(c.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
    assertThat(c.periodMedian()).isEmpty();
    assertThat(c.periodNights()).isZero();
    assertThat(c.reason()).isEqualTo("this period has 0 nights with awakenings, 7 needed");
  }

  @Test
  void periodsBaselineDoseLevelsAndStopped() {
    // 1-3 none; 4-13 200 mg with one 400 mg night (7); 14-16 400 mg; 17-18 blank; 19 400 mg; 20-22 0 mg
    List<DiaryEntry> diary = nights(22, i -> night(i).severity(5).magnesium(mixedDose(i)));
    List<TrialPeriods.Period> periods = TrialPeriods.split(diary);
    assertThat(periods).extracting(TrialPeriods.Period::kind)
        .containsExactly(PeriodKind.BASELINE, PeriodKind.DOSE, PeriodKind.DOSE, PeriodKind.STOPPED);
    assertThat(periods).extracting(p -> p.nights().size()).containsExactly(3, 10, 6, 3);

    TrialAnalysis trial = TrialAnalyser.analyse(diary);
    assertThat(trial.firstDose()).contains(START.plusDays(3));
    assertThat(trial.periods()).extracting(TrialPeriod::label)
        .containsExactly("baseline", "magnesium 200-400 mg", "magnesium 400 mg", "stopped");
    assertThat(trial.periods().get(1).medianDoseMg()).hasValue(200.0);
    // dose levels span 10 + 6 calendar nights, a dose was logged on 10 + 4 of them
    assertThat(trial.trialNights()).isEqualTo(16);
    assertThat(trial.dosedNights()).isEqualTo(14);
    assertThat(trial.adherence().getAsDouble()).isCloseTo(14.0 / 16, within(1e-12));
    assertThat(trial.comparisons()).hasSize(3);
  }

  private static Integer mixedDose(int i) {
    if (i <= 3 || i == 17 || i == 18) {
      return null;
    }
    if (i == 7 || (i >= 14 && i <= 19)) {
      return 400;
    }
    return i <= 13 ? 200 : 0;
  }

  @Test
  void aWeeklyTitrationMakesOneLevelPerStep() {
    List<DiaryEntry> diary = nights(28, i -> night(i).magnesium(i <= 7 ? 100 : i <= 14 ? 200 : i <= 21 ? 300 : 400));
    assertThat(TrialAnalyser.analyse(diary).periods()).extracting(TrialPeriod::label).containsExactly(
        "magnesium 100 mg", "magnesium 200 mg", "magnesium 300 mg", "magnesium 400 mg");
  }

  @Test
  void dosesThatWanderWithinAQuarterAreOneLevel() {
    int[] doses = {200, 200, 300, 250, 300, 200, 250, 300, 250, 200, 300, 250, 200, 250};
    List<DiaryEntry> diary = nights(doses.length, i -> night(i).magnesium(doses[i - 1]));
    assertThat(TrialPeriods.split(diary)).singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(PeriodKind.DOSE));
  }

  @Test
  void missedDiaryNightsCountAgainstAdherence() {
    List<DiaryEntry> diary = new ArrayList<>(nights(10, i -> night(i).magnesium(200)));
    diary.remove(4);
    diary.remove(4);
    TrialAnalysis trial = TrialAnalyser.analyse(diary);
    assertThat(trial.trialNights()).isEqualTo(10);
    assertThat(trial.dosedNights()).isEqualTo(8);
    assertThat(trial.adherence().getAsDouble()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void aDiaryWithoutMagnesiumHasNoTrial() {
    TrialAnalysis trial = TrialAnalyser.analyse(nights(20, i -> night(i).severity(4).magnesium(i % 2 == 0 ? 0 : null)));
    assertThat(trial.hasTrial()).isFalse();
    assertThat(trial.periods()).isEmpty();
    assertThat(trial.comparisons()).isEmpty();
    assertThat(trial.adherence()).isEmpty();
  }

  @Test
  void aTrialShorterThanFourWeeksIsNotJudgedHoweverClear() {
    List<DiaryEntry> diary = nights(34, i -> night(i).severity(i <= 14 ? 8 : 1).magnesium(i <= 14 ? null : 300));
    PeriodComparison c = TrialAnalyser.analyse(diary).comparisons().get(0);
    assertThat(c.measures().get(0).verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
    assertThat(c.measures().get(0).reason()).contains("20 nights").contains("28");
  }

  @Test
  void fourWeeksAfterTwoOfBaselineIsJudged() {
    List<DiaryEntry> diary = nights(42, i -> night(i).severity(i <= 14 ? 7 + i % 2 : 2 + i % 2)
        .magnesium(i <= 14 ? null : 300));
    MeasureComparison severity = TrialAnalyser.analyse(diary).comparisons().get(0).measures().get(0);
    assertThat(severity.measure()).isEqualTo(TrialMeasure.SEVERITY);
    assertThat(severity.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(severity.shift()).hasValue(-5.0);
  }

  @Test
  void aTenNightDiaryIsNotEnoughDataOnEveryMeasure() {
    List<DiaryEntry> diary = nights(10, i -> night(i).severity(6).awakenings(2).latency(30).quality(3)
        .magnesium(i <= 4 ? null : 250));
    PeriodComparison c = TrialAnalyser.analyse(diary).comparisons().get(0);
    assertThat(c.measures()).extracting(MeasureComparison::measure).containsExactly(TrialMeasure.values());
    assertThat(c.measures()).allSatisfy(m -> assertThat(m.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA));
  }

  @Test
  void aStoppedPeriodIsComparedWithoutTheFourWeekRule() {
    List<DiaryEntry> diary = nights(46, i -> night(i).severity(i <= 10 ? 3 : i <= 38 ? 3 : 8)
        .magnesium(i <= 10 ? null : i <= 38 ? 200 : 0));
    TrialAnalysis trial = TrialAnalyser.analyse(diary);
    PeriodComparison stopped = trial.comparisons().get(1);
    assertThat(stopped.period().kind()).isEqualTo(PeriodKind.STOPPED);
    assertThat(stopped.measures().get(0).verdict()).isEqualTo(Verdict.WORSE);
    assertThat(trial.comparisons().get(0).measures().get(0).verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
  }

  @Test
  void withoutBaselineNothingCanBeJudged() {
    List<DiaryEntry> diary = nights(35, i -> night(i).severity(4).magnesium(200));
    MeasureComparison m = TrialAnalyser.analyse(diary).comparisons().get(0).measures().get(0);
    assertThat(m.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
    assertThat(m.reason()).isEqualTo("baseline has 0 nights with severity, 7 needed");
  }

  @Test
  void sideEffectsAreCountedPerDoseLevel() {
    List<DiaryEntry> diary = List.of(
        night(1).notes("legs bad, no diarrhoea").build(),
        night(2).magnesium(400).sideEffects("diarrhoea, stomach cramps").build(),
        night(3).magnesium(400).sideEffects("loose stools").notes("felt sick after supper").build(),
        night(4).magnesium(400).sideEffects("none").notes("no nausea but tummy cramps again").build(),
        night(5).magnesium(400).notes("leg cramps at 3am").build());
    TrialPeriod level = TrialAnalyser.analyse(diary).periods().get(1);
    assertThat(level.sideEffects()).containsExactly(new SideEffectCount("diarrhoea", 2),
        new SideEffectCount("cramping", 2), new SideEffectCount("nausea", 1));
    assertThat(TrialAnalyser.analyse(diary).periods().get(0).sideEffects()).isEmpty();
  }
}
