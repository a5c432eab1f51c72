package org.rlsviewer.report;

import org.jfree.chart.JFreeChart;
import org.rlsviewer.domain.Diary;

/** Builds the diary's charts as JFreeChart objects, shared by the window and the PDF. */
public final class DiaryCharts {

  private DiaryCharts() {}

  /** Nightly severity (0-10) by date; nights without a rating are gaps, not zeros. */
  public static JFreeChart severityByNight(Diary diary) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
