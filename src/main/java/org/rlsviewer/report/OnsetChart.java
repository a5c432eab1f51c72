package org.rlsviewer.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.rlsviewer.domain.Diary;

/** The chart of when symptoms start, week by week, for the window and the PDF. */
public final class OnsetChart {

  public static final String ONSET_SERIES = "Median start of the week";
  public static final String ONSET_SPREAD = "Earliest to latest start";

  private OnsetChart() {}

  /**
   * When symptoms start, by week: the median clock time of each week as a line with dots, the
   * earliest to the latest start of the week as a shaded band. The scale runs from 06:00 to 06:00,
   * earlier in the day lower, so a start creeping earlier shows as a falling line.
   */
  public static JFreeChart of(Diary diary) {
    org.jfree.data.xy.YIntervalSeries series = new org.jfree.data.xy.YIntervalSeries(ONSET_SERIES);
    for (OnsetWeeks week : OnsetWeeks.of(diary)) {
      series.add(DiaryCharts.millis(week.start()), week.medianHours(), week.earliestHours(), week.latestHours());
    }
    org.jfree.data.xy.YIntervalSeriesCollection data = new org.jfree.data.xy.YIntervalSeriesCollection();
    data.addSeries(series);
    DateAxis weeks = DiaryCharts.nightAxis();
    weeks.setLabel("Week starting");
    NumberAxis clock = new NumberAxis("Symptoms start (clock time)");
    clock.setNumberFormatOverride(new ClockFormat());
    org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
    for (double hours : new double[] {0.5, 1, 2, 3, 6}) {
      units.add(new org.jfree.chart.axis.NumberTickUnit(hours, new ClockFormat()));
    }
    clock.setStandardTickUnits(units);
    clock.setAutoRangeIncludesZero(false);
    double low = series.getItemCount() == 0 ? 10 : Math.max(0, Math.floor(series.getYLowValue(0)) - 1);
    double high = low;
    for (int i = 0; i < series.getItemCount(); i++) {
      low = Math.min(low, Math.max(0, Math.floor(series.getYLowValue(i)) - 1));
      high = Math.max(high, Math.min(24, Math.ceil(series.getYHighValue(i)) + 1));
    }
    clock.setRange(low, Math.max(high, low + 3));
    org.jfree.chart.renderer.xy.DeviationRenderer renderer = new org.jfree.chart.renderer.xy.DeviationRenderer(
        true, true);
    renderer.setSeriesPaint(0, DiaryCharts.SEVERITY_COLOUR);
    renderer.setSeriesFillPaint(0, new Color(0x1F, 0x5F, 0xA8));
    renderer.setAlpha(0.18f);
    renderer.setSeriesStroke(0, new BasicStroke(1.6f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    XYPlot plot = new XYPlot(data, weeks, clock, renderer);
    JFreeChart chart = DiaryCharts.whiteChart(plot);
    LegendItemCollection items = new LegendItemCollection();
    items.add(new LegendItem(ONSET_SERIES, DiaryCharts.SEVERITY_COLOUR));
    items.add(new LegendItem(ONSET_SPREAD, new Color(0x1F, 0x5F, 0xA8, 0x2E)));
    plot.setFixedLegendItems(items);
    return chart;
  }

  /** The onset scale's numbers as clock times. */
  private static final class ClockFormat extends java.text.NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
      return to.append(OnsetWeeks.clock(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
      return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, java.text.ParsePosition pos) {
      return null;
    }
  }
}
