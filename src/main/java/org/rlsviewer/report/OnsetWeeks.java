package org.rlsviewer.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;

/**
 * When symptoms start, week by week (weeks counted from the first night, as the weekly table's):
 * the median start and the earliest and latest of the week. A start creeping earlier in the day
 * from week to week is what augmentation looks like in a diary. Clock times are counted in hours
 * from 06:00, so a start after midnight belongs to the evening before it.
 */
record OnsetWeeks(LocalDate start, int nights, double medianHours, double earliestHours, double latestHours) {

  static final String TITLE = "When symptoms start, by week";
  /** The hour of the day the scale starts at (its value 0). */
  static final int DAY_STARTS = 6;

  static List<OnsetWeeks> of(Diary diary) {
    List<DiaryEntry> entries = diary.entries();
    List<OnsetWeeks> weeks = new ArrayList<>();
    if (entries.isEmpty()) {
      return weeks;
    }
    LocalDate first = diary.firstNight().orElseThrow();
    List<Double> week = new ArrayList<>();
    LocalDate weekStart = first;
    for (DiaryEntry entry : entries) {
      while (!entry.date().isBefore(weekStart.plusDays(7))) {
        add(weeks, weekStart, week);
        weekStart = weekStart.plusDays(7);
      }
      if (entry.symptomStart() != null) {
        week.add(hours(entry.symptomStart()));
      }
    }
    add(weeks, weekStart, week);
    return weeks;
  }

  private static void add(List<OnsetWeeks> weeks, LocalDate start, List<Double> hours) {
    if (hours.isEmpty()) {
      return;
    }
    List<Double> sorted = hours.stream().sorted().toList();
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    weeks.add(new OnsetWeeks(start, n, median, sorted.get(0), sorted.get(n - 1)));
    hours.clear();
  }

  /** Hours after {@link #DAY_STARTS} o'clock, 0 to 24. */
  static double hours(LocalTime time) {
    double h = time.getHour() + time.getMinute() / 60.0;
    return h >= DAY_STARTS ? h - DAY_STARTS : h + 24 - DAY_STARTS;
  }

  /** The clock time of a value on the scale, e.g. "18:30". */
  static String clock(double hours) {
    long minutes = Math.round((hours + DAY_STARTS) * 60) % (24 * 60);
    return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }
}
