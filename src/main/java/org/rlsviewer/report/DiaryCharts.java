package org.rlsviewer.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.rlsviewer.domain.Bookmark;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Urgency;

/** Builds the diary's charts as JFreeChart objects, shared by the window and the PDF. */
public final class DiaryCharts {

  static final String SEVERITY_SERIES = "Severity (0-10)";
  static final String MAGNESIUM_SERIES = "Magnesium (mg)";
  static final String AWAKENINGS_SERIES = "Awakenings";
  static final String LATENCY_SERIES = "Sleep latency (min)";
  /** Series names (and legend words) of the rows of marks above the severity scale. */
  public static final String URGENT_FLAG_SERIES = "Urgent flag";
  public static final String FLAG_SERIES = "Flag to review";
  public static final String CAUTION_SERIES = "Caution";
  public static final String DOSE_CHANGE_SERIES = "Dose change";
  public static final String CAFFEINE_SERIES = "Caffeine";
  public static final String ALCOHOL_SERIES = "Alcohol";
  /** The legend's word for the bookmark lines. */
  public static final String BOOKMARK_LEGEND = "Bookmark (B1, B2 \u2026)";
  /** The legend's word for the line on the first night with magnesium. */
  public static final String MAGNESIUM_START_LEGEND = "Magnesium start";
  /** Where the lowest row of marks sits on the severity axis, and the step between rows. */
  static final double FIRST_ROW = 11.0;
  static final double ROW_STEP = 0.6;
  private static final double LABEL_STRIP = 0.8;
  private static final int DOSE_LABELS = 6;

  static final Color SEVERITY_COLOUR = new Color(0x1F, 0x5F, 0xA8);
  private static final Color MAGNESIUM_COLOUR = new Color(0x2E, 0x7D, 0x32, 0xB0);
  private static final Color MAGNESIUM_COLOUR_SOLID = new Color(0x2E, 0x7D, 0x32);
  private static final Color CAFFEINE_COLOUR = new Color(0x8D, 0x5B, 0x2E);
  private static final Color ALCOHOL_COLOUR = new Color(0xAD, 0x14, 0x57);
  private static final Color BOOKMARK_COLOUR = new Color(0x37, 0x47, 0x4F);
  private static final Color LABEL_COLOUR = new Color(0x33, 0x33, 0x33);
  private static final BasicStroke BOOKMARK_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f);
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  static final Color AWAKENINGS_COLOUR = new Color(0x3C, 0x12, 0x6E);
  static final Color LATENCY_COLOUR = new Color(0xE0, 0x7B, 0x00);

  private DiaryCharts() {}

  /** The nightly severity chart with the caffeine, alcohol and dose-change rows but no flags or bookmarks. */
  public static JFreeChart severityByNight(Diary diary) {
    return severityByNight(diary, ChartMarks.none());
  }

  /**
   * Nightly severity (0-10) by date; nights without a rating are gaps, not zeros. When the diary
   * logs magnesium, the dose is drawn as a step line on a second axis, its start marked. Above the
   * 0-10 scale, rows of symbols mark the flagged nights, the dose changes and the nights with
   * caffeine or alcohol; each bookmark is a numbered dashed line. Every mark has its legend entry,
   * and the marks differ by shape and line style, so they read in grey-scale print too. The window
   * and the PDF both draw this chart.
   */
  public static JFreeChart severityByNight(Diary diary, ChartMarks marks) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(nightAxis());

    NumberAxis severityAxis = new ScaleAxis(SEVERITY_SERIES, 10);
    severityAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    plot.setRangeAxis(0, severityAxis);
    plot.setDataset(0, new TimeSeriesCollection(nightly(diary, SEVERITY_SERIES, DiaryEntry::severity), UTC));
    XYLineAndShapeRenderer severity = dottedLine(SEVERITY_COLOUR);
    plot.setRenderer(0, severity);

    int maxDose = diary.entries().stream().filter(e -> e.magnesiumMg() != null)
        .mapToInt(DiaryEntry::magnesiumMg).max().orElse(-1);
    NumberAxis doseAxis = new ScaleAxis(MAGNESIUM_SERIES, Math.max(maxDose, 0));
    if (maxDose >= 0) {
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
    firstDose(diary).ifPresent(first -> plot.addDomainMarker(new TrialStartMarker(millis(first))));
    double topRow = MarkRows.add(plot, diary, marks.flaggedNights());
    // a strip above the rows for the bookmarks' numbers
    double top = topRow + ROW_STEP / 2 + LABEL_STRIP;
    severityAxis.setRange(0, top);
    if (maxDose > 0) {
      // the highest dose level with severity 10, so the dose line stays below the rows of marks
      doseAxis.setRange(0, maxDose * top / 10.0);
    }
    if (topRow > 10.5) {
      ValueMarker scaleEnd = new ValueMarker(10.5, new Color(0xBB, 0xBB, 0xBB), new BasicStroke(0.8f));
      plot.addRangeMarker(0, scaleEnd, Layer.BACKGROUND, false);
    }
    JFreeChart chart = whiteChart(plot);
    showBookmarks(chart, marks.bookmarks());
    return chart;
  }

  /**
   * Replaces the bookmark lines of a chart made by {@link #severityByNight(Diary, ChartMarks)}:
   * a dashed line labelled B1, B2 ... (the bookmark's place in {@code bookmarks}) on each bookmarked
   * night of the chart's period; the legend names them when there are any.
   */
  public static void showBookmarks(JFreeChart severityChart, List<Bookmark> bookmarks) {
    showBookmarks(severityChart, bookmarks, BOOKMARK_COLOUR);
  }

  /** As {@link #showBookmarks(JFreeChart, List)}, the lines in a colour that suits the window's theme. */
  public static void showBookmarks(JFreeChart severityChart, List<Bookmark> bookmarks, Color colour) {
    XYPlot plot = severityChart.getXYPlot();
    Collection<?> old = plot.getDomainMarkers(Layer.BACKGROUND);
    for (Object m : old == null ? List.of() : List.copyOf(old)) {
      if (m instanceof BookmarkMarker marker) {
        plot.removeDomainMarker(0, marker, Layer.BACKGROUND, false);
      }
    }
    List<Bookmark> sorted = bookmarks.stream().sorted(java.util.Comparator.comparing(Bookmark::night)).toList();
    XYDataset nights = plot.getDataset(0);
    boolean any = false;
    for (int i = 0; i < sorted.size(); i++) {
      double at = millis(sorted.get(i).night());
      if (nights.getItemCount(0) == 0 || at < nights.getXValue(0, 0)
          || at > nights.getXValue(0, nights.getItemCount(0) - 1)) {
        continue;
      }
      plot.addDomainMarker(0, new BookmarkMarker(at, ChartMarks.label(i), colour), Layer.BACKGROUND, false);
      any = true;
    }
    plot.setFixedLegendItems(null);
    LegendItemCollection items = new LegendItemCollection();
    items.addAll(plot.getLegendItems());
    Collection<?> foreground = plot.getDomainMarkers(Layer.FOREGROUND);
    if (foreground != null && foreground.stream().anyMatch(TrialStartMarker.class::isInstance)) {
      items.add(lineLegend(MAGNESIUM_START_LEGEND, MAGNESIUM_COLOUR_SOLID, TrialStartMarker.STROKE));
    }
    if (any) {
      items.add(bookmarkLegend(colour));
    }
    plot.setFixedLegendItems(items);
  }

  /** The nights marked as bookmarked on a chart, in order (tests). */
  static List<LocalDate> bookmarkedNights(JFreeChart severityChart) {
    Collection<?> markers = severityChart.getXYPlot().getDomainMarkers(Layer.BACKGROUND);
    return markers == null ? List.of() : markers.stream().filter(BookmarkMarker.class::isInstance)
        .map(m -> night(((BookmarkMarker) m).getValue())).sorted().toList();
  }

  /**
   * Each night the magnesium dose differs from the dose logged before it, with its label, e.g.
   * {@code 200→400 mg}; the first dose logged is not a change (the trial start marks it).
   */
  public static Map<LocalDate, String> doseChanges(Diary diary) {
    Map<LocalDate, Integer> doses = new TreeMap<>();
    for (DiaryEntry e : diary.entries()) {
      if (e.magnesiumMg() != null) {
        doses.merge(e.date(), e.magnesiumMg(), Math::max);
      }
    }
    Map<LocalDate, String> changes = new TreeMap<>();
    Integer before = null;
    for (Map.Entry<LocalDate, Integer> d : doses.entrySet()) {
      if (before != null && !before.equals(d.getValue())) {
        changes.put(d.getKey(), before + "\u2192" + d.getValue() + " mg");
      }
      before = d.getValue();
    }
    return changes;
  }

  private static LegendItem bookmarkLegend(Color colour) {
    return lineLegend(BOOKMARK_LEGEND, colour, BOOKMARK_STROKE);
  }

  /** A legend entry drawn as a short vertical line, like the marker it explains. */
  private static LegendItem lineLegend(String label, Color colour, BasicStroke stroke) {
    return new LegendItem(label, null, null, null, false, new Rectangle2D.Double(-3, -3, 6, 6), false,
        colour, false, colour, stroke, true, new Line2D.Double(0, -6, 0, 6), stroke, colour);
  }

  /** The first night with magnesium: a solid line, named in the legend. */
  private static final class TrialStartMarker extends ValueMarker {
    private static final long serialVersionUID = 1L;
    static final BasicStroke STROKE = new BasicStroke(1.2f);

    TrialStartMarker(double millis) {
      super(millis, MAGNESIUM_COLOUR, STROKE);
    }
  }

  /** A bookmark's dashed line, told apart from the trial start and the window's selected night. */
  private static final class BookmarkMarker extends ValueMarker {
    private static final long serialVersionUID = 1L;

    BookmarkMarker(double millis, String label, Color colour) {
      super(millis, colour, BOOKMARK_STROKE);
      setLabel(label);
      setLabelFont(ReportFonts.awtBold(7.5f));
      setLabelPaint(colour);
      setLabelBackgroundColor(new Color(0, 0, 0, 0));
      // left of the line: the magnesium start's label sits right of its own
      setLabelAnchor(RectangleAnchor.TOP_LEFT);
      setLabelTextAnchor(TextAnchor.TOP_RIGHT);
      setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 2));
    }
  }

  /**
   * A value axis numbered only up to its scale's end (10 for severity, the highest dose for
   * magnesium): the rows of marks above get no numbers or grid lines.
   */
  private static final class ScaleAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final double scaleEnd;

    ScaleAxis(String label, double scaleEnd) {
      super(label);
      this.scaleEnd = scaleEnd;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
        Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
      List ticks = new ArrayList(super.refreshTicks(g2, state, dataArea, edge));
      ticks.removeIf(t -> ((org.jfree.chart.axis.ValueTick) t).getValue() > scaleEnd * 1.0001);
      return ticks;
    }
  }

  /** The rows of symbols above the severity scale, one row per kind of mark the diary has. */
  private static final class MarkRows {

    private record Row(String series, Shape shape, boolean filled, Color colour) {}

    private MarkRows() {}

    /** Adds the rows that have marks; returns the height of the top row (10.5 when there is none). */
    static double add(XYPlot plot, Diary diary, Map<LocalDate, ChartMarks.FlagMark> flagged) {
      Set<LocalDate> period = new HashSet<>();
      diary.firstNight().ifPresent(first -> {
        for (LocalDate n = first; !n.isAfter(diary.lastNight().orElseThrow()); n = n.plusDays(1)) {
          period.add(n);
        }
      });
      Map<Row, TimeSeries> rows = new LinkedHashMap<>();
      Row urgent = new Row(URGENT_FLAG_SERIES, triangle(false), true, VisitSummaryPdf.colour(Urgency.URGENT));
      Row flag = new Row(FLAG_SERIES, triangle(false), false, VisitSummaryPdf.colour(Urgency.SOON));
      Row caution = new Row(CAUTION_SERIES, triangle(true), false, VisitSummaryPdf.colour(Urgency.INFO));
      Row dose = new Row(DOSE_CHANGE_SERIES, step(), false, MAGNESIUM_COLOUR_SOLID);
      Row caffeine = new Row(CAFFEINE_SERIES, new Rectangle2D.Double(-2.5, -2.5, 5, 5), true, CAFFEINE_COLOUR);
      Row alcohol = new Row(ALCOHOL_SERIES, new Polygon(new int[] {0, 3, 0, -3}, new int[] {-3, 0, 3, 0}, 4), true,
          ALCOHOL_COLOUR);
      for (Row r : List.of(urgent, flag, caution, dose, caffeine, alcohol)) {
        rows.put(r, new TimeSeries(r.series()));
      }
      new TreeMap<>(flagged).forEach((night, mark) -> {
        if (period.contains(night)) {
          Row r = switch (mark) {
            case URGENT -> urgent;
            case FLAG -> flag;
            case CAUTION -> caution;
          };
          rows.get(r).add(day(night), 0);
        }
      });
      Map<LocalDate, String> changes = doseChanges(diary);
      changes.keySet().forEach(night -> rows.get(dose).add(day(night), 0));
      for (DiaryEntry e : diary.entries()) {
        if (e.caffeineMg() != null && e.caffeineMg() > 0) {
          rows.get(caffeine).addOrUpdate(day(e.date()), 0);
        }
        if (e.alcoholUnits() != null && e.alcoholUnits() > 0) {
          rows.get(alcohol).addOrUpdate(day(e.date()), 0);
        }
      }
      rows.values().removeIf(TimeSeries::isEmpty);
      if (rows.isEmpty()) {
        return 10.5 - ROW_STEP / 2;
      }
      TimeSeriesCollection data = new TimeSeriesCollection(UTC);
      XYLineAndShapeRenderer symbols = new XYLineAndShapeRenderer(false, true);
      symbols.setAutoPopulateSeriesPaint(false);
      double y = FIRST_ROW;
      int index = 0;
      double doseRow = 0;
      for (Map.Entry<Row, TimeSeries> entry : rows.entrySet()) {
        TimeSeries series = entry.getValue();
        for (int i = 0; i < series.getItemCount(); i++) {
          series.update(i, y);
        }
        data.addSeries(series);
        Row r = entry.getKey();
        symbols.setSeriesPaint(index, r.colour());
        symbols.setSeriesShape(index, r.shape());
        symbols.setSeriesShapesFilled(index, r.filled());
        symbols.setSeriesOutlineStroke(index, new BasicStroke(r.filled() ? 0.5f : 1.3f));
        if (r == dose) {
          doseRow = y;
        }
        index++;
        y += ROW_STEP;
      }
      int datasetIndex = plot.getDatasetCount();
      plot.setDataset(datasetIndex, data);
      plot.mapDatasetToRangeAxis(datasetIndex, 0);
      plot.setRenderer(datasetIndex, symbols);
      labelDoseChanges(plot, diary, changes, doseRow);
      return y - ROW_STEP;
    }

    /**
     * Labels the dose changes at most {@link #DOSE_LABELS} times across the period, each at least a
     * sixth of it after the one labelled before, so the labels never run into each other; the
     * others keep their symbol (and, in the window, their tooltip).
     */
    private static void labelDoseChanges(XYPlot plot, Diary diary, Map<LocalDate, String> changes, double row) {
      if (changes.isEmpty()) {
        return;
      }
      long gap = Math.max(1, diary.nightsInPeriod() / DOSE_LABELS);
      // near the right edge a label goes left of its mark, so it is not cut off
      LocalDate rightPart = diary.lastNight().orElseThrow().minusDays(diary.nightsInPeriod() / DOSE_LABELS);
      LocalDate last = null;
      int labelled = 0;
      for (Map.Entry<LocalDate, String> change : changes.entrySet()) {
        boolean left = change.getKey().isAfter(rightPart);
        // a label left of its mark needs room for the one before and for itself
        if (labelled == DOSE_LABELS
            || last != null && change.getKey().toEpochDay() - last.toEpochDay() < (left ? 2 * gap : gap)) {
          continue;
        }
        XYTextAnnotation label = new XYTextAnnotation(left ? change.getValue() + "\u2002"
            : "\u2002" + change.getValue(), millis(change.getKey()), row);
        label.setFont(ReportFonts.awtRegular(7f));
        label.setPaint(LABEL_COLOUR);
        label.setTextAnchor(left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
        plot.addAnnotation(label, false);
        last = change.getKey();
        labelled++;
      }
    }

    private static Shape triangle(boolean pointingDown) {
      int d = pointingDown ? -1 : 1;
      return new Polygon(new int[] {0, 4, -4}, new int[] {-4 * d, 3 * d, 3 * d}, 3);
    }

    /** A small step, like the dose line's. */
    private static Shape step() {
      Path2D.Double path = new Path2D.Double();
      path.moveTo(-4, 3);
      path.lineTo(0, 3);
      path.lineTo(0, -3);
      path.lineTo(4, -3);
      return path;
    }
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
    // told apart without colour: a dark solid line with filled dots, a lighter dashed line with open squares
    XYLineAndShapeRenderer awakenings = dottedLine(AWAKENINGS_COLOUR);
    plot.setRenderer(0, awakenings);
    NumberAxis latencyAxis = new NumberAxis(LATENCY_SERIES);
    latencyAxis.setAutoRangeIncludesZero(true);
    plot.setRangeAxis(1, latencyAxis);
    plot.setDataset(1, new TimeSeriesCollection(nightly(diary, LATENCY_SERIES, DiaryEntry::sleepLatencyMin), UTC));
    plot.mapDatasetToRangeAxis(1, 1);
    XYLineAndShapeRenderer latency = new XYLineAndShapeRenderer(true, true);
    latency.setSeriesPaint(0, LATENCY_COLOUR);
    latency.setSeriesStroke(0, BOOKMARK_STROKE);
    latency.setSeriesShape(0, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
    latency.setSeriesShapesFilled(0, false);
    plot.setRenderer(1, latency);
    return whiteChart(plot);
  }

  /** The plot as a chart with a legend, on white with light grey grid lines, as every chart of the report. */
  static JFreeChart whiteChart(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** A solid line with a filled dot a night, in this colour. */
  static XYLineAndShapeRenderer dottedLine(Color colour) {
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
    line.setSeriesPaint(0, colour);
    line.setSeriesStroke(0, new BasicStroke(1.6f));
    line.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    return line;
  }

  static DateAxis nightAxis() {
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

  static double millis(LocalDate night) {
    return night.atStartOfDay(ZoneId.of("UTC")).toInstant().toEpochMilli();
  }

  private static LocalDate night(double millis) {
    return java.time.Instant.ofEpochMilli((long) Math.floor(millis)).atZone(ZoneId.of("UTC")).toLocalDate();
  }

  private static Day day(LocalDate night) {
    return new Day(Date.from(night.atStartOfDay(ZoneId.of("UTC")).toInstant()), UTC, java.util.Locale.ROOT);
  }
}
