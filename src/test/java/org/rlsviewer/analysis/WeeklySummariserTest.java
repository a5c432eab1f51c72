package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.NightsSummary;

class WeeklySummariserTest {

  private static List<NightsSummary> weeks(List<DiaryEntry> diary) {
    return WeeklySummariser.summarise(diary, diary.stream().map(SleepMetrics::of).toList(), LocalTime.of(15, 0));
  }

  private static void assertWeek(NightsSummary week, String start, String end, int nightsLogged, int nightsInWeek,
      double medianSeverity) {
    assertThat(week.start()).isEqualTo(LocalDate.parse(start));
    assertThat(week.end()).isEqualTo(LocalDate.parse(end));
    assertThat(week.nightsLogged()).isEqualTo(nightsLogged);
    assertThat(week.nightsInWeek()).isEqualTo(nightsInWeek);
    assertThat(week.medianSeverity()).hasValue(medianSeverity);
  }

  /**
   * Week 1 (1-7 Jan) logs 5 nights: severities 4, 0, 6, 2 and one unrated (median of 0, 2, 4, 6 = 3,
   * range 0-6, 3 with symptoms); awakenings 1, 3, 2 (mean 2); latencies 10, 30, 20, 40 (median 25);
   * efficiencies (480-10)/480, (480-30)/480 = 97.92%, 93.75% (median 95.83%). Week 2 is 8-9 Jan only.
   */
  @Test
  void weeksCountFromTheFirstNightWithFiguresOverRecordedNightsOnly() {
    List<DiaryEntry> diary = List.of(
        Night.on("2026-01-01").severity(4).awakenings(1).sleep("23:00", 10, "07:00").magnesium(200)
            .caffeine(100, "16:00").alcohol(1.0).exercise(30).build(),
        Night.on("2026-01-02").severity(0).awakenings(3).sleep("23:00", 30, "07:00").magnesium(300)
            .caffeine(100, "10:00").alcohol(0.0).exercise(0).build(),
        Night.on("2026-01-04").severity(6).latency(20).magnesium(0).build(),
        Night.on("2026-01-05").severity(2).awakenings(2).latency(40).build(),
        Night.on("2026-01-07").build(),
        Night.on("2026-01-09").severity(7).build());
    List<NightsSummary> weeks = weeks(diary);
    assertThat(weeks).hasSize(2);

    NightsSummary w1 = weeks.get(0);
    assertWeek(w1, "2026-01-01", "2026-01-07", 5, 7, 3.0);
    assertThat(w1.minSeverity()).hasValue(0);
    assertThat(w1.maxSeverity()).hasValue(6);
    assertThat(w1.nightsWithSymptoms()).isEqualTo(3);
    assertThat(w1.meanAwakenings()).hasValue(2.0);
    assertThat(w1.medianLatencyMin()).hasValue(25.0);
    assertThat(w1.medianSleepEfficiencyPct().getAsDouble()).isCloseTo((470.0 / 480 + 450.0 / 480) * 50, within(1e-9));
    assertThat(w1.caffeineNights()).isEqualTo(2);
    assertThat(w1.lateCaffeineNights()).isEqualTo(1);
    assertThat(w1.alcoholNights()).isEqualTo(1);
    assertThat(w1.exerciseNights()).isEqualTo(1);
    assertThat(w1.magnesiumNights()).isEqualTo(2);
    assertThat(w1.medianMagnesiumMg()).hasValue(250.0);

    NightsSummary w2 = weeks.get(1);
    assertWeek(w2, "2026-01-08", "2026-01-09", 1, 2, 7.0);
    assertThat(w2).as("measures week 2 has no night for")
        .extracting(NightsSummary::meanAwakenings, NightsSummary::medianLatencyMin,
            NightsSummary::medianSleepEfficiencyPct, NightsSummary::medianMagnesiumMg)
        .containsOnly(OptionalDouble.empty());
    assertThat(w2.magnesiumNights()).isZero();
  }

  @Test
  void anEmptyDiaryHasNoWeeksAndNoOverallSummary() {
    assertThat(weeks(List.of())).isEmpty();
    assertThat(WeeklySummariser.whole(List.of(), List.of(), LocalTime.NOON)).isEmpty();
  }

  @Test
  void aSingleNightIsAOneNightWeek() {
    List<NightsSummary> weeks = weeks(List.of(Night.on("2026-03-01").severity(5).build()));
    assertThat(weeks).singleElement().satisfies(w -> {
      assertThat(w.nightsInWeek()).isEqualTo(1);
      assertThat(w.medianSeverity()).hasValue(5.0);
      assertThat(w.minSeverity()).hasValue(5);
    });
  }
}
