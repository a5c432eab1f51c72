package org.rlsviewer.domain.figures;

import java.util.List;
import org.rlsviewer.domain.NightsSummary;

/**
 * One week of the weekly table, its figures written out, as the command line, the window and the PDF
 * list it. Counts are nights.
 */
public record WeekRow(String week, String nights, String severity, String awakenings, String latency,
    String efficiency, String symptoms, String caffeine, String lateCaffeine, String alcohol, String exercise,
    String magnesium) {

  public static WeekRow of(NightsSummary w, FigureFormat format) {
    String range = format.range(w.minSeverity(), w.maxSeverity());
    String severity = w.medianSeverity().isPresent()
        ? format.number(w.medianSeverity()) + (range.isEmpty() ? "" : " (" + range + ")")
        : format.missing();
    // the command line's column is headed SE% and keeps its one decimal; the window and PDF say "91%"
    String efficiency = format == FigureFormat.TEXT ? format.number(w.medianSleepEfficiencyPct())
        : format.percent(w.medianSleepEfficiencyPct());
    String magnesium = w.magnesiumNights() == 0 || w.medianMagnesiumMg().isEmpty() ? "none"
        : format.wholeNumber(w.medianMagnesiumMg().getAsDouble()) + " mg on " + w.magnesiumNights();
    return new WeekRow(format.dates(w.start(), w.end()), w.nightsLogged() + "/" + w.nightsInWeek(), severity,
        format.number(w.meanAwakenings()), format.number(w.medianLatencyMin()), efficiency,
        String.valueOf(w.nightsWithSymptoms()), String.valueOf(w.caffeineNights()),
        String.valueOf(w.lateCaffeineNights()), String.valueOf(w.alcoholNights()), String.valueOf(w.exerciseNights()),
        magnesium);
  }

  public static List<WeekRow> of(List<NightsSummary> weeks, FigureFormat format) {
    return weeks.stream().map(w -> of(w, format)).toList();
  }

  /** The cells in column order. */
  public List<String> cells() {
    return List.of(week, nights, severity, awakenings, latency, efficiency, symptoms, caffeine, lateCaffeine, alcohol,
        exercise, magnesium);
  }
}
