package org.rlsviewer.domain;

import java.util.List;

/**
 * The IRLS totals of a diary in date order, each beside the diary's severity that week, and the values that could not be used, each as
 * "date: reason" (a total outside 0-40, not a whole number ...).
 */
public record IrlsTotals(List<IrlsReading> readings, List<String> problems) {

  public IrlsTotals {
    readings = List.copyOf(readings);
    problems = List.copyOf(problems);
  }

  public static IrlsTotals none() {
    return new IrlsTotals(List.of(), List.of());
  }
}
