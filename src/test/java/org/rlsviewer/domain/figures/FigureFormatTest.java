package org.rlsviewer.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.domain.figures.FigureFormat.DISPLAY;
import static org.rlsviewer.domain.figures.FigureFormat.TEXT;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.LifestyleFactor;
import org.rlsviewer.domain.MeasureComparison;
import org.rlsviewer.domain.NightsSummary;
import org.rlsviewer.domain.TrialMeasure;
import org.rlsviewer.domain.Verdict;

/** The two ways figures are written: the command line's plain text and the window's and PDF's display. */
class FigureFormatTest {

  @Test
  void theCommandLineKeepsOneDecimalAndAsciiWhileTheDisplayDropsATrailingZero() {
    assertThat(TEXT.number(OptionalDouble.of(6))).isEqualTo("6.0");
    assertThat(DISPLAY.number(OptionalDouble.of(6))).isEqualTo("6");
    assertThat(TEXT.number(OptionalDouble.of(6.25))).isEqualTo("6.3");
    assertThat(DISPLAY.number(OptionalDouble.of(52.5))).isEqualTo("52.5");
    assertThat(TEXT.number(OptionalDouble.empty())).isEqualTo("-");
    assertThat(DISPLAY.number(OptionalDouble.empty())).isEqualTo("\u2013");
  }

  @Test
  void aChangeCarriesItsSignAndNoChangeNone() {
    assertThat(TEXT.signed(-0.5)).isEqualTo("-0.5");
    assertThat(TEXT.signed(1)).isEqualTo("+1.0");
    assertThat(TEXT.signed(0)).isEqualTo("0.0");
    assertThat(DISPLAY.signed(-2)).isEqualTo("\u22122");
    assertThat(DISPLAY.signed(1.5)).isEqualTo("+1.5");
    assertThat(DISPLAY.signed(0)).isEqualTo("0");
    assertThat(TEXT.signed(Double.POSITIVE_INFINITY)).isEqualTo("+inf");
    assertThat(DISPLAY.signed(Double.NEGATIVE_INFINITY)).isEqualTo("\u2212\u221e");
  }

  @Test
  void pValuesDurationsPercentagesAndPlurals() {
    assertThat(TEXT.pValue(0.0004)).isEqualTo("p < 0.001");
    assertThat(DISPLAY.pValue(0.0123)).isEqualTo("p = 0.012");
    assertThat(TEXT.minutes(OptionalDouble.of(412.5))).isEqualTo("413 min");
    assertThat(TEXT.percent(OptionalDouble.of(91.4))).isEqualTo("91%");
    assertThat(DISPLAY.share(OptionalDouble.of(32.0 / 35))).isEqualTo("91%");
    assertThat(TEXT.range(OptionalInt.of(2), OptionalInt.of(7))).isEqualTo("2-7");
    assertThat(DISPLAY.range(OptionalInt.of(2), OptionalInt.of(7))).isEqualTo("2\u20137");
    assertThat(DISPLAY.range(OptionalInt.empty(), OptionalInt.empty())).isEmpty();
    assertThat(FigureFormat.plural(1, "night")).isEqualTo("1 night");
    assertThat(FigureFormat.plural(26, "night")).isEqualTo("26 nights");
    assertThat(FigureFormat.plural(0, "night")).isEqualTo("0 nights");
  }

  private static NightsSummary week(OptionalDouble severity, int magnesiumNights) {
    return new NightsSummary(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 11), 6, 7, severity,
        severity.isPresent() ? OptionalInt.of(4) : OptionalInt.empty(),
        severity.isPresent() ? OptionalInt.of(9) : OptionalInt.empty(), OptionalDouble.of(2.9), OptionalDouble.of(60),
        OptionalDouble.of(480), OptionalDouble.of(420), OptionalDouble.of(87.4), 6, 7, 2, 6, 5, magnesiumNights,
        magnesiumNights == 0 ? OptionalDouble.empty() : OptionalDouble.of(250));
  }

  @Test
  void aWeekRowIsWrittenForEachReader() {
    WeekRow text = WeekRow.of(week(OptionalDouble.of(7), 3), TEXT);
    assertThat(text.cells()).containsExactly("2024-02-05 to 2024-02-11", "6/7", "7.0 (4-9)", "2.9", "60.0", "87.4",
        "6", "7", "2", "6", "5", "250 mg on 3");
    WeekRow display = WeekRow.of(week(OptionalDouble.of(7), 0), DISPLAY);
    assertThat(display.severity()).isEqualTo("7 (4\u20139)");
    assertThat(display.efficiency()).isEqualTo("87%");
    assertThat(display.magnesium()).isEqualTo("none");
    assertThat(WeekRow.of(week(OptionalDouble.empty(), 0), TEXT).severity()).isEqualTo("-");
  }

  @Test
  void aLifestyleRowSaysWhenItIsNoPattern() {
    LifestyleRow few = LifestyleRow.of(new LifestyleFactor("alcohol", 2, 30, OptionalDouble.of(6),
        OptionalDouble.of(5), OptionalDouble.of(1), true, 5), DISPLAY);
    assertThat(few.cells()).containsExactly("alcohol", "2", "30", "6", "5", "+1",
        "few nights: fewer than 5 on one side, not a pattern");
    LifestyleRow none = LifestyleRow.of(new LifestyleFactor("exercise", 0, 0, OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.empty(), true, 5), TEXT);
    assertThat(none.difference()).isEqualTo("-");
    assertThat(none.note()).isEqualTo(LifestyleRow.NOT_RECORDED);
  }

  @Test
  void aMeasureRowCarriesTheShiftOrTheReasonThereIsNone() {
    MeasureRow tested = MeasureRow.of(new MeasureComparison(TrialMeasure.SEVERITY, 13, 33, OptionalDouble.of(7),
        OptionalDouble.of(4), OptionalDouble.of(-2), OptionalDouble.of(-4), OptionalDouble.of(-1),
        OptionalDouble.of(0.0002), Verdict.IMPROVED, ""), TEXT);
    assertThat(List.of(tested.measure(), tested.verdictLabel(), tested.baseline(), tested.period(), tested.shift(),
        tested.interval(), tested.pValue())).containsExactly("severity", "improved", "7.0 (13)", "4.0 (33)", "-2.0",
        "-4.0 to -1.0", "p < 0.001");
    MeasureRow untested = MeasureRow.of(new MeasureComparison(TrialMeasure.SLEEP_QUALITY, 6, 20,
        OptionalDouble.of(2), OptionalDouble.of(3), OptionalDouble.empty(), OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.empty(), Verdict.NOT_ENOUGH_DATA, "baseline has 6 nights, 7 needed"),
        DISPLAY);
    assertThat(untested.tested()).isFalse();
    assertThat(untested.shift()).isEqualTo("\u2013");
    assertThat(untested.interval()).isEqualTo("\u2013");
    assertThat(untested.reason()).isEqualTo("baseline has 6 nights, 7 needed");
  }

  @org.junit.jupiter.api.Test
  void countsFilledIntoATemplateGetRealPlurals() {
    org.assertj.core.api.Assertions.assertThat(FigureFormat.realPlurals("above it on 1 night(s), then 26 night(s)"))
        .isEqualTo("above it on 1 night, then 26 nights");
    org.assertj.core.api.Assertions.assertThat(FigureFormat.realPlurals("noted on 1 nights of 11 nights"))
        .isEqualTo("noted on 1 night of 11 nights");
    org.assertj.core.api.Assertions.assertThat(FigureFormat.realPlurals("on 21 nights and 0.1 nights, 2,1 night(s)"))
        .isEqualTo("on 21 nights and 0.1 nights, 2,1 night(s)");
  }
}
