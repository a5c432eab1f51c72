package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Patient;

/** Caffeine and alcohol nights marked above the severity scale, in the window and the PDF alike. */
class DiaryChartsLifestyleTest {

  private static final LocalDate FIRST = LocalDate.parse("2024-03-01");

  @Test
  void marksEachNightWithCaffeineOrAlcoholOnce() {
    Diary diary = diary(List.of(
        night(FIRST, 240, 0.0),
        night(FIRST.plusDays(1), 0, 2.5),
        night(FIRST.plusDays(2), null, null),
        night(FIRST.plusDays(3), 80, 1.0)));
    JFreeChart chart = DiaryCharts.severityByNight(diary);

    XYDataset marks = chart.getXYPlot().getDataset(1);
    assertThat(marks.getSeriesKey(0)).isEqualTo(DiaryCharts.CAFFEINE_SERIES);
    assertThat(marks.getSeriesKey(1)).isEqualTo(DiaryCharts.ALCOHOL_SERIES);
    assertThat(nights(marks, 0)).containsExactly(FIRST, FIRST.plusDays(3));
    assertThat(nights(marks, 1)).containsExactly(FIRST.plusDays(1), FIRST.plusDays(3));
    assertThat(marks.getYValue(0, 0)).isEqualTo(DiaryCharts.FIRST_ROW);
    assertThat(marks.getYValue(1, 0)).isEqualTo(DiaryCharts.FIRST_ROW + DiaryCharts.ROW_STEP);
    assertThat(chart.getXYPlot().getRangeAxis(0).getUpperBound())
        .isGreaterThan(DiaryCharts.FIRST_ROW + DiaryCharts.ROW_STEP);
    assertThat(DiaryChartsMarksTest.legend(chart)).contains(DiaryCharts.CAFFEINE_SERIES, DiaryCharts.ALCOHOL_SERIES);
  }

  @Test
  void aDiaryWithoutCaffeineOrAlcoholKeepsItsPlainChart() {
    Diary diary = diary(List.of(night(FIRST, null, null), night(FIRST.plusDays(1), 0, 0.0)));
    JFreeChart chart = DiaryCharts.severityByNight(diary);
    assertThat(chart.getXYPlot().getDatasetCount()).isEqualTo(1);
    assertThat(chart.getXYPlot().getRangeAxis(0).getUpperBound()).as("room for marker labels only")
        .isLessThan(DiaryCharts.FIRST_ROW + DiaryCharts.ROW_STEP);
  }

  private static List<LocalDate> nights(XYDataset data, int series) {
    return java.util.stream.IntStream.range(0, data.getItemCount(series))
        .mapToObj(i -> java.time.Instant.ofEpochMilli((long) data.getXValue(series, i)).atZone(ZoneOffset.UTC)
            .toLocalDate())
        .toList();
  }

  private static Diary diary(List<DiaryEntry> entries) {
    return new Diary(Patient.unknown(), Map.of(), entries, List.of());
  }

  private static DiaryEntry night(LocalDate date, Integer caffeineMg, Double alcoholUnits) {
    return new DiaryEntry(2, date, 5, null, null, "", null, null, null, null, null, caffeineMg, null,
        alcoholUnits, null, null, "", "", "", null, null, "", "", null);
  }

}
