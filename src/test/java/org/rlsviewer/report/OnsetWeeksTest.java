package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.report.SummaryFixtures.FIRST;
import static org.rlsviewer.report.SummaryFixtures.patient;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;

class OnsetWeeksTest {

  static DiaryEntry onset(int day, LocalTime start) {
    return new DiaryEntry(2 + day, FIRST.plusDays(day), 5, start, null, "", null, null, null, null, null, null,
        null, null, null, null, "", "", "", null, null, "", "", Map.of());
  }

  /** Three weeks, the start creeping from about 21:00 to about 17:00; one night after midnight. */
  static Diary creepingEarlier() {
    List<DiaryEntry> nights = new ArrayList<>();
    int[][] weeks = {{21, 0}, {19, 0}, {17, 0}};
    for (int w = 0; w < 3; w++) {
      for (int d = 0; d < 7; d++) {
        nights.add(onset(w * 7 + d, LocalTime.of(weeks[w][0], weeks[w][1]).plusMinutes(10L * d)));
      }
    }
    nights.set(3, onset(3, LocalTime.of(0, 30)));
    nights.set(10, onset(10, null));
    return new Diary(patient("O-1", "Onset Case"), Map.of(), nights, List.of());
  }

  @Test
  void eachWeekHasItsMedianEarliestAndLatestStartCountedFromSixInTheMorning() {
    List<OnsetWeeks> weeks = OnsetWeeks.of(creepingEarlier());

    assertThat(weeks).extracting(OnsetWeeks::start).containsExactly(FIRST, FIRST.plusDays(7), FIRST.plusDays(14));
    assertThat(weeks).extracting(OnsetWeeks::nights).containsExactly(7, 6, 7);
    // week one: 21:00 21:10 21:20 00:30 21:40 21:50 22:00 -> median 21:40, latest after midnight
    assertThat(OnsetWeeks.clock(weeks.get(0).medianHours())).isEqualTo("21:40");
    assertThat(OnsetWeeks.clock(weeks.get(0).earliestHours())).isEqualTo("21:00");
    assertThat(OnsetWeeks.clock(weeks.get(0).latestHours())).isEqualTo("00:30");
    assertThat(weeks.get(0).latestHours()).isEqualTo(18.5);
    assertThat(OnsetWeeks.clock(weeks.get(2).medianHours())).isEqualTo("17:30");
    assertThat(weeks.get(2).medianHours()).as("earlier in the day is lower on the scale")
        .isLessThan(weeks.get(1).medianHours()).isLessThan(weeks.get(0).medianHours());
  }

  @Test
  void aDiaryWithoutStartTimesHasNoWeeks() {
    Diary none = new Diary(patient("O-2", "No Onset"), Map.of(), List.of(onset(0, null), onset(9, null)), List.of());
    assertThat(OnsetWeeks.of(none)).isEmpty();
    assertThat(OnsetWeeks.hours(LocalTime.of(6, 0))).isZero();
    assertThat(OnsetWeeks.hours(LocalTime.of(5, 59))).isGreaterThan(23.9);
  }

  @Test
  void theChartHasOnePointPerWeekWithItsSpreadAndClockTimesOnItsScale() {
    JFreeChart chart = OnsetChart.of(creepingEarlier());
    IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();

    assertThat(data.getItemCount(0)).isEqualTo(3);
    assertThat(data.getEndYValue(0, 0)).isEqualTo(18.5);
    assertThat(data.getStartYValue(0, 0)).isEqualTo(15.0);
    var axis = (org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis();
    assertThat(axis.getNumberFormatOverride().format(12.0)).isEqualTo("18:00");
    assertThat(axis.getRange().contains(18.5)).isTrue();
  }
}
