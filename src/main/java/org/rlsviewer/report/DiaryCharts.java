package org.rlsviewer.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;

/** Builds the diary's charts as JFreeChart objects, shared by the window and the PDF. */
public final class DiaryCharts {

  static final String SEVERITY_SERIES = "Severity (0-10)";
  static final String MAGNESIUM_SERIES = "Magnesium (mg)";
  static final String AWAKENINGS_SERIES = "Awakenings";
  static final String LATENCY_SERIES = "Sleep latency (min)";
  /** Series names of the lifestyle marks added by {@link #markLifestyleNights}. */
  public static final String CAFFEINE_SERIES = "Caffeine";
  public static final String ALCOHOL_SERIES = "Alcohol";
  /** Where the lifestyle marks sit on the severity axis, above the 0-10 scale. */
  public static final double CAFFEINE_MARK = 11.6;
  public static final double ALCOHOL_MARK = 11.0;

  private static final Color SEVERITY_COLOUR = new Color(0x1F, 0x5F, 0xA8);
  private static final Color MAGNESIUM_COLOUR = new Color(0x2E, 0x7D, 0x32, 0xB0);
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private DiaryCharts() {}

  /**
   * Nightly severity (0-10) by date; nights without a rating are gaps, not zeros. When the diary
   * logs magnesium, the dose is drawn as a step line on a second axis.
   */
  public static JFreeChart severityByNight(Diary diary) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(nightAxis());

    NumberAxis severityAxis = new NumberAxis(SEVERITY_SERIES);
    severityAxis.setRange(0, 10.5);
    severityAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    plot.setRangeAxis(0, severityAxis);
    plot.setDataset(0, new TimeSeriesCollection(nightly(diary, SEVERITY_SERIES, DiaryEntry::severity), UTC));
    XYLineAndShapeRenderer severity = new XYLineAndShapeRenderer(true, true);
    severity.setSeriesPaint(0, SEVERITY_COLOUR);
    severity.setSeriesStroke(0, new BasicStroke(1.6f));
    severity.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    plot.setRenderer(0, severity);

    if (diary.entries().stream().anyMatch(e -> e.magnesiumMg() != null)) {
      NumberAxis doseAxis = new NumberAxis(MAGNESIUM_SERIES);
      doseAxis.setAutoRangeIncludesZero(true);
      plot.setRangeAxis(1, doseAxis);
      plot.setDataset(1, new TimeSeriesCollection(
          nightly(diary, MAGNESIUM_SERIES, DiaryEntry::magnesiumMg), UTC));
      plot.mapDatasetToRangeAxis(1, 1);
      XYStepRenderer dose = new XYStepRenderer();
      dose.setSeriesPaint(0, MAGNESIUM_COLOUR);
      dose.setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
          10f, new float[] {4f, 3f}, 0f));
      plot.setRenderer(1, dose);
    }
    firstDose(diary).ifPresent(first -> {
      ValueMarker start = new ValueMarker(day(first).getFirstMillisecond(java.util.Calendar.getInstance(UTC, java.util.Locale.ROOT)));
      start.setPaint(MAGNESIUM_COLOUR);
      start.setStroke(new BasicStroke(1f));
      start.setLabel("magnesium from " + first);
      start.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      start.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      plot.addDomainMarker(start);
    });
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));

    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /**
   * Marks the nights with any caffeine and with any alcohol on a chart made by
   * {@link #severityByNight}, as a row of symbols above the severity scale (which grows to make
   * room). For the window; the PDF keeps the plain chart.
   */
  public static void markLifestyleNights(JFreeChart severityChart, Diary diary) {
    XYPlot plot = severityChart.getXYPlot();
    TimeSeries caffeine = new TimeSeries(CAFFEINE_SERIES);
    TimeSeries alcohol = new TimeSeries(ALCOHOL_SERIES);
    for (DiaryEntry e : diary.entries()) {
      if (e.caffeineMg() != null && e.caffeineMg() > 0 && caffeine.getDataItem(day(e.date())) == null) {
        caffeine.add(day(e.date()), CAFFEINE_MARK);
      }
      if (e.alcoholUnits() != null && e.alcoholUnits() > 0 && alcohol.getDataItem(day(e.date())) == null) {
        alcohol.add(day(e.date()), ALCOHOL_MARK);
      }
    }
    if (caffeine.isEmpty() && alcohol.isEmpty()) {
      return;
    }
    TimeSeriesCollection marks = new TimeSeriesCollection(UTC);
    marks.addSeries(caffeine);
    marks.addSeries(alcohol);
    int index = plot.getDatasetCount();
    plot.setDataset(index, marks);
    plot.mapDatasetToRangeAxis(index, 0);
    XYLineAndShapeRenderer symbols = new XYLineAndShapeRenderer(false, true);
    symbols.setSeriesPaint(0, new Color(0x8D, 0x5B, 0x2E));
    symbols.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-2.5, -2.5, 5, 5));
    symbols.setSeriesPaint(1, new Color(0xAD, 0x14, 0x57));
    symbols.setSeriesShape(1, new java.awt.Polygon(new int[] {0, 3, 0, -3}, new int[] {-3, 0, 3, 0}, 4));
    plot.setRenderer(index, symbols);
    plot.getRangeAxis(0).setRange(0, 12.2);
  }

  /** Awakenings (count) and sleep onset latency (minutes) by night, on two axes. */
  public static JFreeChart sleepByNight(Diary diary) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(nightAxis());
    NumberAxis awakeningsAxis = new NumberAxis(AWAKENINGS_SERIES);
    awakeningsAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    awakeningsAxis.setAutoRangeIncludesZero(true);
    plot.setRangeAxis(0, awakeningsAxis);
    plot.setDataset(0, new TimeSeriesCollection(nightly(diary, AWAKENINGS_SERIES, DiaryEntry::awakenings), UTC));
    XYLineAndShapeRenderer awakenings = new XYLineAndShapeRenderer(true, true);
    awakenings.setSeriesPaint(0, new Color(0x6A, 0x1B, 0x9A));
    awakenings.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    plot.setRenderer(0, awakenings);
    NumberAxis latencyAxis = new NumberAxis(LATENCY_SERIES);
    latencyAxis.setAutoRangeIncludesZero(true);
    plot.setRangeAxis(1, latencyAxis);
    plot.setDataset(1, new TimeSeriesCollection(nightly(diary, LATENCY_SERIES, DiaryEntry::sleepLatencyMin), UTC));
    plot.mapDatasetToRangeAxis(1, 1);
    XYLineAndShapeRenderer latency = new XYLineAndShapeRenderer(true, false);
    latency.setSeriesPaint(0, new Color(0xEF, 0x6C, 0x00));
    latency.setSeriesStroke(0, new BasicStroke(1.4f));
    plot.setRenderer(1, latency);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static DateAxis nightAxis() {
    DateAxis dates = new DateAxis("Night");
    dates.setTimeZone(UTC);
    SimpleDateFormat format = new SimpleDateFormat("d MMM", java.util.Locale.ENGLISH);
    format.setTimeZone(UTC);
    dates.setDateFormatOverride(format);
    dates.setLowerMargin(0.02);
    dates.setUpperMargin(0.02);
    return dates;
  }

  private static java.util.Optional<LocalDate> firstDose(Diary diary) {
    return diary.entries().stream().filter(e -> e.magnesiumMg() != null && e.magnesiumMg() > 0)
        .map(DiaryEntry::date).findFirst();
  }

  /**
   * One item per calendar night of the diary's period; a night with no value is a null item, which
   * the renderers draw as a gap rather than a drop to zero.
   */
  private static TimeSeries nightly(Diary diary, String name, Function<DiaryEntry, Integer> value) {
    Map<LocalDate, Integer> byNight = new TreeMap<>();
    for (DiaryEntry entry : diary.entries()) {
      Integer v = value.apply(entry);
      if (v != null) {
        byNight.merge(entry.date(), v, Math::max);
      }
    }
    TimeSeries series = new TimeSeries(name);
    if (diary.firstNight().isEmpty()) {
      return series;
    }
    LocalDate last = diary.lastNight().orElseThrow();
    for (LocalDate night = diary.firstNight().get(); !night.isAfter(last); night = night.plusDays(1)) {
      series.add(day(night), byNight.get(night));
    }
    return series;
  }

  private static Day day(LocalDate night) {
    return new Day(Date.from(night.atStartOfDay(ZoneId.of("UTC")).toInstant()), UTC, java.util.Locale.ROOT);
  }
}
