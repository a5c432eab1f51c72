package org.rlsviewer.ui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.rlsviewer.domain.Bookmark;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Review;
import org.rlsviewer.service.NightCharts;
import org.rlsviewer.domain.figures.FigureFormat;
import org.rlsviewer.service.OpenedDiary;

/**
 * The Overview charts: severity with the magnesium dose, trial start, and marks for flagged
 * nights, dose changes, caffeine and alcohol nights and the clinician's bookmarks; awakenings and
 * sleep latency. Tooltips give the night and value; dragging zooms, the reset
 * button (Ctrl+0) shows the whole diary; clicking a night selects it, and the selected night is
 * marked on both charts.
 */
final class ChartsView {

  /**
   * The charts draw at most the last this many nights: a chart paints every point in its data on
   * the Event Dispatch Thread, and years of nights would freeze the window. The table keeps all.
   */
  static final int MAX_CHART_NIGHTS = 366;

  /** The charts of one diary, built off the Event Dispatch Thread. */
  record Charts(Diary diary, JFreeChart severity, JFreeChart sleep, JFreeChart onset, boolean trimmed) {

    /** How many diaries' charts are still drawn once off the EDT to warm the drawing code. */
    private static final java.util.concurrent.atomic.AtomicInteger WARM_DRAWINGS =
        new java.util.concurrent.atomic.AtomicInteger(3);

    /** The charts of the diary as opened, marked with its flags and the review's bookmarks. */
    static Charts of(OpenedDiary opened, Review review) {
      return of(opened.diary(), opened.findings(), review.notes().bookmarks());
    }

    static Charts of(Diary whole, Findings findings, List<Bookmark> bookmarks) {
      boolean trimmed = whole.nightsInPeriod() > MAX_CHART_NIGHTS;
      Diary diary = trimmed ? lastNights(whole, MAX_CHART_NIGHTS) : whole;
      try {
        JFreeChart severity = NightCharts.severityByNight(diary, findings, bookmarks);
        JFreeChart sleep = NightCharts.sleepByNight(diary);
        JFreeChart onset = NightCharts.onsetByWeek(diary);
        Map<LocalDate, DiaryEntry> byNight = byNight(diary);
        Map<LocalDate, String> doseChanges = NightCharts.doseChanges(diary);
        for (JFreeChart chart : List.of(severity, sleep)) {
          XYPlot plot = chart.getXYPlot();
          for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) != null) {
              plot.getRenderer(i).setDefaultToolTipGenerator(tooltips(byNight, doseChanges));
            }
          }
        }
        // the first drawings, off the Event Dispatch Thread, load and warm the drawing code, so the
        // window's first paints of the charts are quick; later opens skip them (half an open's work)
        if (WARM_DRAWINGS.getAndDecrement() > 0) {
          for (JFreeChart chart : List.of(severity, sleep, onset)) {
            chart.createBufferedImage(900, 320, new org.jfree.chart.ChartRenderingInfo());
          }
        }
        return new Charts(diary, severity, sleep, onset, trimmed);
      } catch (IllegalArgumentException e) {
        // JFreeChart's days span the years 1900-9999; a diary dated outside them gets empty charts
        Diary none = new Diary(diary.patient(), diary.metadata(), List.of(), diary.extraColumns());
        return new Charts(none, NightCharts.severityByNight(none), NightCharts.sleepByNight(none),
            NightCharts.onsetByWeek(none), trimmed);
      }
    }

    private static Diary lastNights(Diary diary, int nights) {
      LocalDate from = diary.lastNight().orElseThrow().minusDays(nights - 1L);
      return new Diary(diary.patient(), diary.metadata(),
          diary.entries().stream().filter(e -> !e.date().isBefore(from)).toList(), diary.extraColumns());
    }
  }

  private static final java.util.Set<String> MARK_SERIES = java.util.Set.of(NightCharts.URGENT_FLAG_SERIES,
      NightCharts.FLAG_SERIES, NightCharts.CAUTION_SERIES, NightCharts.DOSE_CHANGE_SERIES);

  private final JPanel panel = new JPanel(new BorderLayout());
  private final JPanel charts = new JPanel(new SharedHeight());
  /** The severity chart's share of the height the charts have beyond their least; the lower tabs have the rest. */
  static final double SEVERITY_SHARE = 0.6;
  /** A chart's least and wished size at 100 %; both grow with the UI scale, as its fonts do. */
  static final Dimension CHART_LEAST = new Dimension(240, 150);
  static final Dimension CHART_WISHED = new Dimension(560, 280);
  /** Sleep and symptom start share the lower half, one tab each, so the window still fits small screens. */
  private final javax.swing.JTabbedPane lower = new javax.swing.JTabbedPane();
  private final JLabel note = new JLabel(" ");
  private final List<ChartPanel> panels = new ArrayList<>();
  /**
   * Panels made for the charts of the patients shown lately, most recent first: switching back to
   * a patient shows their charts again without making new panels on the Event Dispatch Thread.
   */
  private final java.util.Deque<ChartPanel> made = new java.util.ArrayDeque<>();
  private static final int PANELS_KEPT = 12;
  private final Consumer<LocalDate> onNightClicked;
  private final List<ValueMarker> selection = new ArrayList<>();
  private List<Bookmark> bookmarks = List.of();
  private Map<LocalDate, DiaryEntry> byNight = Map.of();

  ChartsView(Consumer<LocalDate> onNightClicked, CommandAction resetZoom) {
    this.onNightClicked = onNightClicked;
    charts.setName("chartHolder");
    lower.setName("lowerCharts");
    JButton reset = new JButton(resetZoom);
    reset.setName("resetZoom");
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    bar.add(reset);
    note.setName("chartNote");
    bar.add(note);
    panel.add(bar, BorderLayout.NORTH);
    panel.add(charts, BorderLayout.CENTER);
  }

  JComponent component() {
    return panel;
  }

  List<ChartPanel> chartPanels() {
    return List.copyOf(panels);
  }

  void show(Charts built) {
    charts.removeAll();
    lower.removeAll();
    panels.clear();
    selection.clear();
    byNight = byNight(built.diary());
    if (built.diary().entries().isEmpty()) {
      // an empty diary or range: say what to do rather than draw empty axes
      charts.setLayout(new BorderLayout());
      charts.add(emptyState("chartsEmpty", Messages.get("chart.empty")), BorderLayout.CENTER);
      note.setText(" ");
      charts.revalidate();
      charts.repaint();
      return;
    }
    charts.setLayout(new SharedHeight());
    panels.add(chartPanel("severityChart", built.severity(), Messages.get("chart.severity")));
    panels.add(chartPanel("sleepChart", built.sleep(), Messages.get("chart.sleep")));
    ChartPanel onset = chartPanel("onsetChart", built.onset(), Messages.get("chart.onset"));
    charts.add(panels.get(0));
    // short tab titles, the full ones as tips: at 200 % the chart column is narrow
    lower.addTab(Messages.get("chart.sleep.tab"), null, NightCharts.recordsSleep(built.diary()) ? panels.get(1)
        : emptyState("sleepEmpty", Messages.get("chart.sleepEmpty")), Messages.get("chart.sleep"));
    lower.addTab(Messages.get("chart.onset.tab"), null, NightCharts.recordsOnset(built.diary()) ? onset
        : emptyState("onsetEmpty", Messages.get("chart.onsetEmpty")), Messages.get("chart.onset"));
    panels.add(onset);
    charts.add(lower);
    note.setText(built.trimmed() ? Messages.get("chart.largeDiary", MAX_CHART_NIGHTS) : " ");
    applyTheme();
    charts.revalidate();
    charts.repaint();
  }

  /**
   * The severity chart above, {@link #SEVERITY_SHARE} of the height, the lower tabs below: both
   * always in sight, however short the window (a grid bag would drop one below its least size).
   */
  private static final class SharedHeight implements java.awt.LayoutManager {
    private static final int GAP = 6;

    @Override
    public void addLayoutComponent(String name, java.awt.Component comp) {}

    @Override
    public void removeLayoutComponent(java.awt.Component comp) {}

    @Override
    public Dimension preferredLayoutSize(java.awt.Container parent) {
      return sum(parent, false);
    }

    @Override
    public Dimension minimumLayoutSize(java.awt.Container parent) {
      return sum(parent, true);
    }

    private static Dimension sum(java.awt.Container parent, boolean least) {
      Dimension all = new Dimension();
      for (java.awt.Component c : parent.getComponents()) {
        Dimension d = least ? c.getMinimumSize() : c.getPreferredSize();
        all.width = Math.max(all.width, d.width);
        all.height += d.height;
      }
      java.awt.Insets in = parent.getInsets();
      return new Dimension(all.width + in.left + in.right, all.height + GAP + in.top + in.bottom);
    }

    @Override
    public void layoutContainer(java.awt.Container parent) {
      java.awt.Insets in = parent.getInsets();
      int width = parent.getWidth() - in.left - in.right;
      int height = parent.getHeight() - in.top - in.bottom;
      java.awt.Component[] parts = parent.getComponents();
      if (parts.length == 1) {
        parts[0].setBounds(in.left, in.top, width, height);
      } else if (parts.length == 2) {
        int upper = (int) Math.round((height - GAP) * SEVERITY_SHARE);
        parts[0].setBounds(in.left, in.top, width, upper);
        parts[1].setBounds(in.left, in.top + upper + GAP, width, Math.max(0, height - upper - GAP));
      }
    }
  }

  private static JComponent emptyState(String name, String text) {
    JLabel label = new JLabel("<html><div style='text-align:center'>" + HtmlText.escape(text) + "</div></html>",
        javax.swing.SwingConstants.CENTER);
    label.setName(name);
    label.setForeground(ChartTheme.colour("Label.disabledForeground", Color.GRAY));
    JPanel holder = new JPanel(new BorderLayout());
    holder.setBorder(javax.swing.BorderFactory.createEmptyBorder(12, 24, 12, 24));
    holder.add(label, BorderLayout.CENTER);
    return holder;
  }

  /** Shows these bookmarks on the severity chart in place of those shown before. */
  void showBookmarks(List<Bookmark> shown) {
    bookmarks = List.copyOf(shown);
    if (!panels.isEmpty()) {
      NightCharts.showBookmarks(panels.get(0).getChart(), bookmarks, ChartTheme.colour("Label.foreground", Color.DARK_GRAY));
    }
  }

  void resetZoom() {
    // nights only: the value axes keep the fixed scales that leave room for the rows of marks
    panels.forEach(ChartPanel::restoreAutoDomainBounds);
  }

  /** Marks the night on both charts (none: clears the mark). */
  void markNight(Optional<LocalDate> night) {
    for (int i = 0; i < Math.min(2, panels.size()); i++) {
      XYPlot plot = panels.get(i).getChart().getXYPlot();
      if (i < selection.size()) {
        plot.removeDomainMarker(selection.get(i));
      }
    }
    selection.clear();
    night.ifPresent(n -> {
      for (ChartPanel p : panels.subList(0, Math.min(2, panels.size()))) {
        ValueMarker marker = new ValueMarker(millis(n));
        marker.setPaint(ChartTheme.colour("RlsViewer.chart.selection", Color.RED));
        marker.setStroke(new BasicStroke(2f));
        p.getChart().getXYPlot().addDomainMarker(marker);
        selection.add(marker);
      }
    });
  }

  Optional<LocalDate> markedNight() {
    return selection.isEmpty() ? Optional.empty() : Optional.of(night(selection.get(0).getValue()));
  }

  /** Colours from the theme, so the charts sit in light and dark windows alike. */
  void applyTheme() {
    panels.forEach(ChartTheme::apply);
    showBookmarks(bookmarks);
  }

  private static Map<LocalDate, DiaryEntry> byNight(Diary diary) {
    return diary.entries().stream().collect(Collectors.toMap(DiaryEntry::date, e -> e, (a, b) -> a));
  }

  /**
   * A chart panel whose context menu (properties, copy, save, print, zoom) is made when first asked
   * for: making it took most of the time of making the panel, on the Event Dispatch Thread.
   */
  private static final class LazyMenuChartPanel extends ChartPanel {

    LazyMenuChartPanel(JFreeChart chart) {
      // buffered: the chart is drawn once into an image, not again on every repaint or tooltip
      super(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_MINIMUM_DRAW_WIDTH, DEFAULT_MINIMUM_DRAW_HEIGHT,
          DEFAULT_MAXIMUM_DRAW_WIDTH, DEFAULT_MAXIMUM_DRAW_HEIGHT, true, false, false, false, false, false, true);
    }

    // sizes in pixels at 100 %, scaled as the fonts are (FlatLaf's scale; Java's own scaling is in the pixels)
    @Override
    public Dimension getMinimumSize() {
      return com.formdev.flatlaf.util.UIScale.scale(CHART_LEAST);
    }

    @Override
    public Dimension getPreferredSize() {
      return com.formdev.flatlaf.util.UIScale.scale(CHART_WISHED);
    }

    @Override
    public void mousePressed(java.awt.event.MouseEvent e) {
      menuIfAsked(e);
      super.mousePressed(e);
    }

    @Override
    public void mouseReleased(java.awt.event.MouseEvent e) {
      menuIfAsked(e);
      super.mouseReleased(e);
    }

    private void menuIfAsked(java.awt.event.MouseEvent e) {
      if (e.isPopupTrigger() && getPopupMenu() == null) {
        setPopupMenu(createPopupMenu(true, true, true, true, true));
      }
    }
  }

  /** The panel showing the chart: the one made when it was last shown, or a new one. */
  private ChartPanel chartPanel(String name, JFreeChart chart, String accessibleName) {
    for (ChartPanel kept : made) {
      if (kept.getChart() == chart) {
        made.remove(kept);
        made.addFirst(kept);
        return kept;
      }
    }
    ChartPanel p = newChartPanel(name, chart, accessibleName);
    made.addFirst(p);
    while (made.size() > PANELS_KEPT) {
      made.removeLast();
    }
    return p;
  }

  private ChartPanel newChartPanel(String name, JFreeChart chart, String accessibleName) {
    ChartPanel p = new LazyMenuChartPanel(chart);
    p.setName(name);
    p.getAccessibleContext().setAccessibleName(accessibleName);
    p.setMouseWheelEnabled(true);
    // the severity scale and the rows of marks above it stay put; zooming is by nights only
    p.setRangeZoomable(false);
    p.setDisplayToolTips(true);
    p.setInitialDelay(150);
    p.setMinimumDrawWidth(com.formdev.flatlaf.util.UIScale.scale(200));
    p.setMinimumDrawHeight(com.formdev.flatlaf.util.UIScale.scale(120));
    p.setMaximumDrawWidth(4000);
    p.setMaximumDrawHeight(3000);
    p.addMouseListener(new java.awt.event.MouseAdapter() {
      @Override
      public void mouseClicked(java.awt.event.MouseEvent e) {
        if (javax.swing.SwingUtilities.isLeftMouseButton(e)) {
          nightAt(p, e.getX()).ifPresent(onNightClicked);
        }
      }
    });
    return p;
  }

  /** The logged night nearest to a horizontal position on the chart, if any within half a day. */
  private Optional<LocalDate> nightAt(ChartPanel p, int x) {
    Rectangle2D area = p.getScreenDataArea();
    if (area == null || x < area.getMinX() || x > area.getMaxX()) {
      return Optional.empty();
    }
    XYPlot plot = p.getChart().getXYPlot();
    ValueAxis axis = plot.getDomainAxis();
    double millis = axis.java2DToValue(x, area, plot.getDomainAxisEdge());
    LocalDate night = night(millis + 43_200_000d);
    return byNight.containsKey(night) ? Optional.of(night) : Optional.empty();
  }

  /** Date and value of each point; made for every point at each drawing, so kept cheap. */
  private static XYToolTipGenerator tooltips(Map<LocalDate, DiaryEntry> byNight, Map<LocalDate, String> doseChanges) {
    java.text.MessageFormat format = new java.text.MessageFormat(Messages.get("chart.tooltip"));
    java.text.MessageFormat mark = new java.text.MessageFormat(Messages.get("chart.markTooltip"));
    return (XYDataset dataset, int series, int item) -> {
      LocalDate night = night(dataset.getXValue(series, item));
      String name = String.valueOf(dataset.getSeriesKey(series));
      if (MARK_SERIES.contains(name)) {
        String what = name.equals(NightCharts.DOSE_CHANGE_SERIES)
            ? Messages.get("chart.doseChange", doseChanges.getOrDefault(night, "")) : name;
        synchronized (mark) {
          return mark.format(new Object[] {what, night.toString()});
        }
      }
      DiaryEntry entry = byNight.get(night);
      String value = valueText(name, entry, dataset.getYValue(series, item));
      synchronized (format) {
        return format.format(new Object[] {name, value, night.toString()});
      }
    };
  }

  private static String valueText(String series, DiaryEntry entry, double y) {
    if (entry != null && series.equals(NightCharts.CAFFEINE_SERIES) && entry.caffeineMg() != null) {
      return entry.caffeineMg() + " mg";
    }
    if (entry != null && series.equals(NightCharts.ALCOHOL_SERIES) && entry.alcoholUnits() != null) {
      return entry.alcoholUnits() + " units";
    }
    return FigureFormat.DISPLAY.number(y);
  }

  private static long millis(LocalDate night) {
    return night.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static LocalDate night(double millis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli((long) Math.floor(millis)), ZoneOffset.UTC);
  }
}
