package org.rlsviewer.domain;

import java.util.List;

/** A trial period (dose level or stopped) compared with baseline, one comparison per measure. */
public record PeriodComparison(TrialPeriod period, List<MeasureComparison> measures) {

  public PeriodComparison {
    measures = List.copyOf(measures);
  }
}
