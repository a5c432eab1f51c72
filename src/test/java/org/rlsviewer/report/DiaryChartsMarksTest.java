package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.report.SummaryFixtures.FIRST;
import static org.rlsviewer.report.SummaryFixtures.flag;

import java.awt.Shape;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;
import org.jfree.chart.LegendItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Bookmark;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.Urgency;

/** Flagged nights, dose changes and bookmarks marked on the severity chart, with their legend. */
class DiaryChartsMarksTest {

  @Test
  void eachFlaggedNightGetsTheMarkOfItsMostUrgentFlag() {
    Flag urgent = flag("swelling", Urgency.URGENT, FIRST.plusDays(2), "ankle swollen", "swollen");
    Flag soonOnTheSameNight = flag("numbness", Urgency.SOON, FIRST.plusDays(2), "toes numb", "numb");
    Flag soon = flag("numbness", Urgency.SOON, FIRST.plusDays(4), "toes numb", "numb");
    Flag caution = flag("magnesium-dose", Urgency.ROUTINE, FIRST.plusDays(5), "400 mg", "400");
    Flag cautionBesideAFlag = flag("magnesium-dose", Urgency.ROUTINE, FIRST.plusDays(4), "400 mg", "400");
    Flag outsideThePeriod = flag("swelling", Urgency.URGENT, FIRST.plusDays(40), "ankle swollen", "swollen");
    Findings findings = new Findings("t", List.of(urgent, soonOnTheSameNight, soon, caution, cautionBesideAFlag,
        outsideThePeriod), List.of(), new KeyFigures(0, 0, 0, OptionalDouble.empty(), 0), List.of(),
        Set.of("magnesium-dose"));

    ChartMarks marks = ChartMarks.of(findings, List.of());
    assertThat(marks.flaggedNights()).containsEntry(FIRST.plusDays(2), ChartMarks.FlagMark.URGENT)
        .containsEntry(FIRST.plusDays(4), ChartMarks.FlagMark.FLAG)
        .containsEntry(FIRST.plusDays(5), ChartMarks.FlagMark.CAUTION);

    JFreeChart chart = DiaryCharts.severityByNight(diary(tenNights()), marks);
    XYDataset rows = markRows(chart);
    assertThat(nights(rows, DiaryCharts.URGENT_FLAG_SERIES)).as("the night outside the chart is left out")
        .containsExactly(FIRST.plusDays(2));
    assertThat(nights(rows, DiaryCharts.FLAG_SERIES)).containsExactly(FIRST.plusDays(4));
    assertThat(nights(rows, DiaryCharts.CAUTION_SERIES)).containsExactly(FIRST.plusDays(5));
    assertThat(rows.getYValue(0, 0)).as("the marks sit above the 0-10 scale").isGreaterThan(10.5);
    assertThat(chart.getXYPlot().getRangeAxis(0).getUpperBound()).isGreaterThan(rows.getYValue(2, 0));

    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRendererForDataset(rows);
    int urgentSeries = series(rows, DiaryCharts.URGENT_FLAG_SERIES);
    int flagSeries = series(rows, DiaryCharts.FLAG_SERIES);
    int cautionSeries = series(rows, DiaryCharts.CAUTION_SERIES);
    assertThat(renderer.getSeriesShapesFilled(urgentSeries)).as("urgent: filled").isTrue();
    assertThat(renderer.getSeriesShapesFilled(flagSeries)).as("others: outlined, no colour needed").isFalse();
    assertThat(bounds(renderer.getSeriesShape(flagSeries))).as("same triangle, outlined")
        .isEqualTo(bounds(renderer.getSeriesShape(urgentSeries)));
    assertThat(renderer.getSeriesShape(cautionSeries).contains(0, -3.5)).as("a caution's triangle points down")
        .isFalse();
    assertThat(renderer.getSeriesShape(urgentSeries).contains(0, -3.5)).isTrue();
    assertThat(legend(chart)).contains(DiaryCharts.URGENT_FLAG_SERIES, DiaryCharts.FLAG_SERIES,
        DiaryCharts.CAUTION_SERIES);
  }

  @Test
  void doseChangesAreMarkedAndLabelledFromTheDoseLoggedBefore() {
    List<DiaryEntry> nights = new ArrayList<>();
    Integer[] doses = {null, 200, 200, null, 400, 400, 0, 0, 300, 300};
    for (int i = 0; i < doses.length; i++) {
      nights.add(SummaryFixtures.night(FIRST.plusDays(i), 5, doses[i], ""));
    }
    Diary diary = diary(nights);

    assertThat(DiaryCharts.doseChanges(diary)).containsExactly(
        Map.entry(FIRST.plusDays(4), "200\u2192400 mg"), Map.entry(FIRST.plusDays(6), "400\u21920 mg"),
        Map.entry(FIRST.plusDays(8), "0\u2192300 mg"));
    JFreeChart chart = DiaryCharts.severityByNight(diary, ChartMarks.none());
    assertThat(nights(markRows(chart), DiaryCharts.DOSE_CHANGE_SERIES))
        .containsExactly(FIRST.plusDays(4), FIRST.plusDays(6), FIRST.plusDays(8));
    assertThat(labels(chart)).containsExactly("200\u2192400 mg", "400\u21920 mg", "0\u2192300 mg");
    assertThat(legend(chart)).contains(DiaryCharts.DOSE_CHANGE_SERIES);
  }

  @Test
  void manyDoseChangesKeepTheirMarksButOnlyWellSpacedOnesAreLabelled() {
    List<DiaryEntry> nights = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      nights.add(SummaryFixtures.night(FIRST.plusDays(i), 5, i % 2 == 0 ? 200 : 400, ""));
    }
    JFreeChart chart = DiaryCharts.severityByNight(diary(nights), ChartMarks.none());

    assertThat(nights(markRows(chart), DiaryCharts.DOSE_CHANGE_SERIES)).hasSize(79);
    List<LocalDate> labelled = chart.getXYPlot().getAnnotations().stream()
        .map(a -> night(((XYTextAnnotation) a).getX())).sorted().toList();
    assertThat(labelled).hasSizeBetween(2, 6);
    for (int i = 1; i < labelled.size(); i++) {
      assertThat(labelled.get(i).toEpochDay() - labelled.get(i - 1).toEpochDay()).isGreaterThanOrEqualTo(80 / 6);
    }
  }

  @Test
  void bookmarksAreNumberedDashedLinesThatCanBeReplaced() {
    Diary diary = diary(tenNights());
    List<Bookmark> bookmarks = List.of(new Bookmark(FIRST.plusDays(6), "worse after travel"),
        new Bookmark(FIRST.plusDays(1), ""), new Bookmark(FIRST.plusDays(30), "outside"));

    JFreeChart chart = DiaryCharts.severityByNight(diary, ChartMarks.none().withBookmarks(bookmarks));

    assertThat(DiaryCharts.bookmarkedNights(chart)).containsExactly(FIRST.plusDays(1), FIRST.plusDays(6));
    assertThat(markerLabels(chart)).containsExactlyInAnyOrder("B1", "B2");
    assertThat(legend(chart)).contains(DiaryCharts.BOOKMARK_LEGEND);
    LegendItem item = legendItem(chart, DiaryCharts.BOOKMARK_LEGEND);
    assertThat(item.isLineVisible()).isTrue();
    assertThat(((java.awt.BasicStroke) item.getLineStroke()).getDashArray()).as("dashed, apart from the solid"
        + " trial start").isNotNull();

    DiaryCharts.showBookmarks(chart, List.of(new Bookmark(FIRST.plusDays(3), "only this")));
    assertThat(DiaryCharts.bookmarkedNights(chart)).containsExactly(FIRST.plusDays(3));
    DiaryCharts.showBookmarks(chart, List.of());
    assertThat(DiaryCharts.bookmarkedNights(chart)).isEmpty();
    assertThat(legend(chart)).doesNotContain(DiaryCharts.BOOKMARK_LEGEND);
  }

  @Test
  void aChartWithoutMarksHasOnlyItsOwnSeriesInTheLegend() {
    JFreeChart chart = DiaryCharts.severityByNight(diary(tenNights()), ChartMarks.none());
    assertThat(chart.getXYPlot().getDatasetCount()).isEqualTo(1);
    assertThat(legend(chart)).containsExactly(DiaryCharts.SEVERITY_SERIES);
  }

  private static List<DiaryEntry> tenNights() {
    return IntStream.range(0, 10).mapToObj(i -> SummaryFixtures.night(FIRST.plusDays(i), i % 10, null, ""))
        .toList();
  }

  static XYDataset markRows(JFreeChart chart) {
    XYPlot plot = chart.getXYPlot();
    for (int i = 0; i < plot.getDatasetCount(); i++) {
      XYDataset d = plot.getDataset(i);
      if (d != null && d.getSeriesCount() > 0 && !String.valueOf(d.getSeriesKey(0)).equals(DiaryCharts.SEVERITY_SERIES)
          && !String.valueOf(d.getSeriesKey(0)).equals(DiaryCharts.MAGNESIUM_SERIES)) {
        return d;
      }
    }
    throw new AssertionError("no rows of marks");
  }

  static List<LocalDate> nights(XYDataset data, String series) {
    int s = series(data, series);
    return IntStream.range(0, data.getItemCount(s)).mapToObj(i -> night(data.getXValue(s, i))).toList();
  }

  private static int series(XYDataset data, String key) {
    int s = IntStream.range(0, data.getSeriesCount()).filter(i -> key.equals(data.getSeriesKey(i))).findFirst()
        .orElseThrow(() -> new AssertionError("no series " + key));
    return s;
  }

  static List<String> legend(JFreeChart chart) {
    return legendItems(chart).stream().map(LegendItem::getLabel).toList();
  }

  private static List<LegendItem> legendItems(JFreeChart chart) {
    org.jfree.chart.LegendItemCollection items = chart.getXYPlot().getLegendItems();
    return IntStream.range(0, items.getItemCount()).mapToObj(items::get).toList();
  }

  private static LegendItem legendItem(JFreeChart chart, String label) {
    return legendItems(chart).stream().filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow();
  }

  private static List<String> labels(JFreeChart chart) {
    return chart.getXYPlot().getAnnotations().stream()
        .sorted(java.util.Comparator.comparingDouble(a -> ((XYTextAnnotation) a).getX()))
        .map(a -> ((XYTextAnnotation) a).getText().strip()).toList();
  }

  private static List<String> markerLabels(JFreeChart chart) {
    return chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).stream()
        .map(m -> ((org.jfree.chart.plot.Marker) m).getLabel()).toList();
  }

  private static java.awt.geom.Rectangle2D bounds(Shape shape) {
    return shape.getBounds2D();
  }

  private static LocalDate night(double millis) {
    return java.time.Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Diary diary(List<DiaryEntry> nights) {
    return new Diary(Patient.unknown(), Map.of(), nights, List.of());
  }
}
