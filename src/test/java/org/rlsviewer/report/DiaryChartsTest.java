package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.report.SummaryFixtures.FIRST;
import static org.rlsviewer.report.SummaryFixtures.diary;
import static org.rlsviewer.report.SummaryFixtures.night;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Patient;

class DiaryChartsTest {

  @Test
  void oneItemPerCalendarNightWithGapsForNightsWithoutARating() {
    JFreeChart chart = DiaryCharts.severityByNight(diary(Patient.unknown(), List.of(
        night(FIRST, 6, null, ""),
        night(FIRST.plusDays(1), null, null, "forgot to rate"),
        night(FIRST.plusDays(4), 0, null, ""))));

    XYDataset severity = chart.getXYPlot().getDataset(0);
    assertThat(severity.getItemCount(0)).isEqualTo(5);
    assertThat(severity.getY(0, 0)).isEqualTo(6);
    assertThat(severity.getY(0, 1)).isNull();
    assertThat(severity.getY(0, 2)).isNull();
    assertThat(severity.getY(0, 4)).isEqualTo(0);
    assertThat(chart.getXYPlot().getDatasetCount()).isEqualTo(1);
  }

  @Test
  void magnesiumDoseGetsItsOwnAxisWhenTheDiaryLogsIt() {
    JFreeChart chart = DiaryCharts.severityByNight(diary(Patient.unknown(), List.of(
        night(FIRST, 6, null, ""), night(FIRST.plusDays(1), 5, 250, ""), night(FIRST.plusDays(2), 4, 0, ""))));

    XYPlot plot = chart.getXYPlot();
    assertThat(plot.getRangeAxis(1).getLabel()).isEqualTo(DiaryCharts.MAGNESIUM_SERIES);
    XYDataset dose = plot.getDataset(1);
    assertThat(plot.getRangeAxisForDataset(1)).isSameAs(plot.getRangeAxis(1));
    assertThat(dose.getY(0, 0)).isNull();
    assertThat(dose.getY(0, 1)).isEqualTo(250);
    assertThat(dose.getY(0, 2)).isEqualTo(0);
  }

  @Test
  void anEmptyDiaryGivesAnEmptyChartNotAnError() {
    assertThat(DiaryCharts.severityByNight(diary(Patient.unknown(), List.of())).getXYPlot().getDataset(0)
        .getItemCount(0)).isZero();
  }
}
