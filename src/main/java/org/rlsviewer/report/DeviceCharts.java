package org.rlsviewer.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.Duration;
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
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.rlsviewer.domain.DeviceNight;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;

/**
 * Sleep time by night from both sources: the diary's (bedtime to wake time, less the sleep
 * latency, as the patient wrote them) and each tracker's measured sleep, as separate lines, so the
 * two are compared and never mixed. Solid for the diary, dashed for a device, in grey-scale too.
 */
public final class DeviceCharts {

  /** The diary's series name. */
  public static final String DIARY_SERIES = "Diary: sleep (h)";
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  private static final Color[] DEVICE_COLOURS = {new Color(0x00, 0x79, 0x6B), new Color(0xAD, 0x14, 0x57)};

  private DeviceCharts() {}

  /** The name of a device's series, e.g. "Device (Sleep as Android): sleep (h)". */
  public static String deviceSeries(String source) {
    return "Device (" + source + "): sleep (h)";
  }

  /** Hours asleep by night, one line for the diary and one per device. */
  public static JFreeChart sleepTimeByNight(Diary diary) {
    XYPlot plot = new XYPlot();
    DateAxis nights = new DateAxis("Night");
    nights.setTimeZone(UTC);
    SimpleDateFormat format = new SimpleDateFormat("d MMM", java.util.Locale.ENGLISH);
    format.setTimeZone(UTC);
    nights.setDateFormatOverride(format);
    plot.setDomainAxis(nights);
    NumberAxis hours = new NumberAxis("Sleep (h)");
    hours.setAutoRangeIncludesZero(true);
    plot.setRangeAxis(hours);
    LocalDate first = firstOfBoth(diary);
    LocalDate last = lastOfBoth(diary);
    TimeSeries own = series(DIARY_SERIES, first, last, byNight(diary.entries(), DiaryEntry::date,
        DeviceCharts::diarySleepHours));
    plot.setDataset(0, new TimeSeriesCollection(own, UTC));
    XYLineAndShapeRenderer diaryLine = DiaryCharts.dottedLine(new Color(0x15, 0x65, 0xC0));
    plot.setRenderer(0, diaryLine);
    int index = 1;
    for (String source : diary.deviceSources()) {
      TimeSeries device = series(deviceSeries(source), first, last, byNight(
          diary.deviceNights().stream().filter(n -> n.source().equals(source)).toList(), DeviceNight::date,
          n -> n.sleepMin() == null ? null : n.sleepMin() / 60.0));
      plot.setDataset(index, new TimeSeriesCollection(device, UTC));
      XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
      line.setSeriesPaint(0, DEVICE_COLOURS[(index - 1) % DEVICE_COLOURS.length]);
      line.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {6f, 3f}, 0f));
      line.setSeriesShape(0, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
      plot.setRenderer(index, line);
      index++;
    }
    return DiaryCharts.whiteChart(plot);
  }

  /** Bedtime to wake time (across midnight) less the sleep latency; null when a time is missing. */
  public static Double diarySleepHours(DiaryEntry e) {
    if (e.bedtime() == null || e.wakeTime() == null) {
      return null;
    }
    long minutes = Duration.between(e.bedtime(), e.wakeTime()).toMinutes();
    if (minutes <= 0) {
      minutes += 24 * 60;
    }
    minutes -= e.sleepLatencyMin() == null ? 0 : e.sleepLatencyMin();
    return minutes <= 0 ? null : minutes / 60.0;
  }

  private static <T> Map<LocalDate, Double> byNight(java.util.List<T> items, Function<T, LocalDate> date,
      Function<T, Double> value) {
    Map<LocalDate, Double> out = new TreeMap<>();
    for (T item : items) {
      Double v = value.apply(item);
      if (v != null) {
        out.merge(date.apply(item), v, Math::max);
      }
    }
    return out;
  }

  /** One item per calendar night from the first to the last of both sources; no value is a gap. */
  private static TimeSeries series(String name, LocalDate first, LocalDate last, Map<LocalDate, Double> values) {
    TimeSeries series = new TimeSeries(name);
    if (first == null) {
      return series;
    }
    for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
      series.add(new Day(Date.from(night.atStartOfDay(ZoneId.of("UTC")).toInstant()), UTC, java.util.Locale.ROOT),
          values.get(night));
    }
    return series;
  }

  private static LocalDate firstOfBoth(Diary diary) {
    LocalDate a = diary.firstNight().orElse(null);
    LocalDate b = diary.deviceNights().isEmpty() ? null : diary.deviceNights().get(0).date();
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static LocalDate lastOfBoth(Diary diary) {
    LocalDate a = diary.lastNight().orElse(null);
    LocalDate b = diary.deviceNights().isEmpty() ? null : diary.deviceNights().get(diary.deviceNights().size() - 1).date();
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }
}
