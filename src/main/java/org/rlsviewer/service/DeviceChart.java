package org.rlsviewer.service;

import org.jfree.chart.JFreeChart;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.report.DeviceCharts;

/** The sleep-time chart of the diary and its device sources, the same as the PDF's, for the window. */
public final class DeviceChart {

  /** The diary's series name on the chart. */
  public static final String DIARY_SERIES = DeviceCharts.DIARY_SERIES;

  private DeviceChart() {}

  /** Hours asleep by night: a line for the diary, one per device. */
  public static JFreeChart sleepTime(Diary diary) {
    return DeviceCharts.sleepTimeByNight(diary);
  }

  /** A device's series name, e.g. "Device (Sleep as Android): sleep (h)". */
  public static String deviceSeries(String source) {
    return DeviceCharts.deviceSeries(source);
  }

  /** The diary's sleep of a night in hours (bedtime to wake time less the latency), or null. */
  public static Double diarySleepHours(org.rlsviewer.domain.DiaryEntry entry) {
    return DeviceCharts.diarySleepHours(entry);
  }
}
