package org.rlsviewer.service;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.rlsviewer.domain.Bookmark;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.report.ChartMarks;
import org.rlsviewer.report.DiaryCharts;

/** The charts of a diary, the same as the PDF's, for the window to show. */
public final class NightCharts {

  public static final String URGENT_FLAG_SERIES = DiaryCharts.URGENT_FLAG_SERIES;
  public static final String FLAG_SERIES = DiaryCharts.FLAG_SERIES;
  public static final String CAUTION_SERIES = DiaryCharts.CAUTION_SERIES;
  public static final String DOSE_CHANGE_SERIES = DiaryCharts.DOSE_CHANGE_SERIES;
  public static final String CAFFEINE_SERIES = DiaryCharts.CAFFEINE_SERIES;
  public static final String ALCOHOL_SERIES = DiaryCharts.ALCOHOL_SERIES;

  private NightCharts() {}

  /** Severity by night, its flagged nights and bookmarks marked. */
  public static JFreeChart severityByNight(Diary diary, Findings findings, List<Bookmark> bookmarks) {
    return DiaryCharts.severityByNight(diary, ChartMarks.of(findings, bookmarks));
  }

  /** Severity by night, nothing marked. */
  public static JFreeChart severityByNight(Diary diary) {
    return DiaryCharts.severityByNight(diary);
  }

  public static JFreeChart sleepByNight(Diary diary) {
    return DiaryCharts.sleepByNight(diary);
  }

  /** When symptoms start, week by week: the median and the earliest to latest start. */
  public static JFreeChart onsetByWeek(Diary diary) {
    return org.rlsviewer.report.OnsetChart.of(diary);
  }

  /** Whether the diary records when symptoms start on any night (else there is no onset chart). */
  public static boolean recordsOnset(Diary diary) {
    return diary.entries().stream().anyMatch(e -> e.symptomStart() != null);
  }

  /** Whether the diary records awakenings or sleep latency on any night. */
  public static boolean recordsSleep(Diary diary) {
    return diary.entries().stream().anyMatch(e -> e.awakenings() != null || e.sleepLatencyMin() != null);
  }

  /** The nights the magnesium dose changed, with the change in words. */
  public static Map<LocalDate, String> doseChanges(Diary diary) {
    return DiaryCharts.doseChanges(diary);
  }

  /** Marks the bookmarks (B1, B2...) on a severity chart, replacing those shown before. */
  public static void showBookmarks(JFreeChart severityChart, List<Bookmark> bookmarks, Color colour) {
    DiaryCharts.showBookmarks(severityChart, bookmarks, colour);
  }

  /** The label of the bookmark at this index, as the charts write it (B1, B2...). */
  public static String bookmarkLabel(int index) {
    return ChartMarks.label(index);
  }
}
