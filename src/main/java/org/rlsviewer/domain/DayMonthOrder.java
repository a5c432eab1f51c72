package org.rlsviewer.domain;

/** How to read a date such as 05/01/2026 when the file's own dates cannot settle it. */
public enum DayMonthOrder {
  /** 05/01/2026 is 5 January (most of Europe). */
  DAY_FIRST,
  /** 05/01/2026 is 1 May (United States). */
  MONTH_FIRST
}
