package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;

class TrackerNightsTest {

  private static LocalDateTime t(String iso) {
    return LocalDateTime.parse(iso);
  }

  @Test
  void aSessionStartingBeforeNoonBelongsToTheEveningBefore() {
    assertThat(TrackerNights.nightOf(t("2026-03-03T00:30"))).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(TrackerNights.nightOf(t("2026-03-03T11:59"))).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(TrackerNights.nightOf(t("2026-03-03T12:00"))).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(TrackerNights.nightOf(t("2026-03-03T22:00"))).isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void onlyAnAfternoonSessionEndingBefore18IsANap() {
    assertThat(TrackerNights.isNap(t("2026-03-03T14:00"), t("2026-03-03T15:00"))).isTrue();
    assertThat(TrackerNights.isNap(t("2026-03-03T14:00"), t("2026-03-03T18:30"))).isFalse();
    assertThat(TrackerNights.isNap(t("2026-03-03T11:00"), t("2026-03-03T12:30"))).isFalse();
    assertThat(TrackerNights.isNap(t("2026-03-03T17:00"), t("2026-03-04T01:00"))).isFalse();
  }

  @Test
  void overlappingIntervalsAreCountedOnce() {
    List<LocalDateTime[]> intervals = new ArrayList<>(List.of(
        new LocalDateTime[] {t("2026-03-02T23:00"), t("2026-03-03T06:00")},
        new LocalDateTime[] {t("2026-03-02T22:30"), t("2026-03-03T01:00")},
        new LocalDateTime[] {t("2026-03-03T05:00"), t("2026-03-03T07:00")},
        new LocalDateTime[] {t("2026-03-03T08:00"), t("2026-03-03T08:10")}));
    assertThat(TrackerNights.unionMinutes(intervals)).isEqualTo(8 * 60 + 30 + 10);
  }

  @Test
  void sessionsOfOneNightMergeAndEveryRecordIsCounted() {
    TrackerNights nights = new TrackerNights("test");
    nights.add(session(3, "2026-03-02T23:30", "2026-03-03T03:00", 200, 2, 4, "legs restless"));
    nights.add(session(5, "2026-03-03T03:20", "2026-03-03T06:40", 190, 1, 2, "legs restless"));
    nights.add(session(9, "2026-03-03T14:00", "2026-03-03T14:30", 25, null, null, ""));
    nights.reject(7, "bad", "raw");
    ImportResult result = nights.result("x.csv", "Test Band");

    assertThat(result.report().dataRows()).isEqualTo(4);
    assertThat(result.report().imported()).isEqualTo(3);
    assertThat(result.report().merged()).singleElement().satisfies(m -> assertThat(m.lines()).containsExactly(3, 5));
    DiaryEntry night = result.diary().entries().get(0);
    assertThat(night.line()).isEqualTo(3);
    assertThat(night.bedtime()).isEqualTo(LocalTime.of(23, 30));
    assertThat(night.wakeTime()).isEqualTo(LocalTime.of(6, 40));
    assertThat(night.awakenings()).isEqualTo(3);
    assertThat(night.sleepQuality()).isEqualTo(2);
    assertThat(night.notes()).isEqualTo("legs restless");
    assertThat(night.extras()).contains(java.util.Map.entry("device sleep (min)", "390"),
        java.util.Map.entry("device time in bed (min)", "410"), java.util.Map.entry("device", "Test Band"));
    assertThat(result.diary().entries().get(1).bedtime()).as("the afternoon nap is not a bedtime").isNull();
    assertThat(result.report().warnings().get(0)).startsWith("Recognised a Test Band export");
  }

  private static TrackerSession session(int line, String start, String end, int asleep, Integer awakenings,
      Integer quality, String notes) {
    TrackerSession.Builder b = new TrackerSession.Builder();
    b.start = t(start);
    b.end = t(end);
    b.asleepMin = asleep;
    b.awakenings = awakenings;
    b.quality = quality;
    b.notes = notes;
    return b.build(line);
  }
}
