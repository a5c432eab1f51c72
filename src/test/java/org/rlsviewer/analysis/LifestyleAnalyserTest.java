package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.LifestyleFactor;

class LifestyleAnalyserTest {

  private static final LocalTime THREE_PM = LocalTime.of(15, 0);

  @ParameterizedTest(name = "caffeine {0} mg, last at {1} -> late {2}")
  @CsvSource(nullValues = "-", textBlock = """
      200, 16:30, true
      200, 15:01, true
      200, 15:00, false
      200, 09:00, false
      0,   -,     false
      0,   18:00, false
      200, -,     -
      -,   -,     -
      -,   17:00, true
      """)
  void lateCaffeineIsAfterTheCutoffAndUnknownWithoutATime(Integer mg, String last, Boolean late) {
    DiaryEntry e = Night.on("2026-01-01").caffeine(mg, last).build();
    assertThat(Lifestyle.lateCaffeine(e, THREE_PM)).isEqualTo(Optional.ofNullable(late));
  }

  /**
   * Alcohol nights severities 6, 7, 8 (median 7); dry nights 2, 3, 4, 5 (median 3.5): difference +3.5.
   * A night with alcohol unrecorded and a night without severity are left out of both sides.
   */
  @Test
  void mediansWithAndWithoutAndTheirDifference() {
    List<DiaryEntry> diary = List.of(
        Night.on("2026-01-01").severity(6).alcohol(1.0).build(),
        Night.on("2026-01-02").severity(7).alcohol(2.5).build(),
        Night.on("2026-01-03").severity(8).alcohol(0.5).build(),
        Night.on("2026-01-04").severity(2).alcohol(0.0).build(),
        Night.on("2026-01-05").severity(3).alcohol(0.0).build(),
        Night.on("2026-01-06").severity(4).alcohol(0.0).build(),
        Night.on("2026-01-07").severity(5).alcohol(0.0).build(),
        Night.on("2026-01-08").severity(9).build(),
        Night.on("2026-01-09").alcohol(3.0).build());
    LifestyleFactor alcohol = LifestyleAnalyser.analyse(diary, THREE_PM).get(1);
    assertThat(alcohol.factor()).isEqualTo("alcohol");
    assertThat(alcohol.nightsWith()).isEqualTo(3);
    assertThat(alcohol.nightsWithout()).isEqualTo(4);
    assertThat(alcohol.medianSeverityWith()).hasValue(7.0);
    assertThat(alcohol.medianSeverityWithout()).hasValue(3.5);
    assertThat(alcohol.difference()).hasValue(3.5);
    assertThat(alcohol.fewNights()).isTrue();
  }

  @Test
  void fiveNightsEachSideAreEnoughToShowWithoutTheCaveat() {
    List<DiaryEntry> diary = new java.util.ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      diary.add(Night.on("2026-01-%02d".formatted(i)).severity(i).exercise(i <= 5 ? 30 : 0).build());
    }
    LifestyleFactor exercise = LifestyleAnalyser.analyse(diary, THREE_PM).get(2);
    assertThat(exercise.fewNights()).isFalse();
    assertThat(exercise.medianSeverityWith()).hasValue(3.0);
    assertThat(exercise.medianSeverityWithout()).hasValue(8.0);
    assertThat(exercise.difference()).hasValue(-5.0);
  }

  @Test
  void aFactorNeverRecordedHasNoMediansAndIsNamedWithItsCutoff() {
    List<LifestyleFactor> factors =
        LifestyleAnalyser.analyse(List.of(Night.on("2026-01-01").severity(5).build()), LocalTime.of(16, 30));
    assertThat(factors).extracting(LifestyleFactor::factor)
        .containsExactly("caffeine after 16:30", "alcohol", "exercise");
    assertThat(factors.get(0).medianSeverityWith()).isEmpty();
    assertThat(factors.get(0).difference()).isEmpty();
    assertThat(factors.get(0).nightsWith() + factors.get(0).nightsWithout()).isZero();
  }
}
