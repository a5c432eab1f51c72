package org.rlsviewer.domain;

/** What a period of a magnesium trial is: before the first dose, on a dose level, or stopped again. */
public enum PeriodKind {
  BASELINE,
  DOSE,
  STOPPED
}
