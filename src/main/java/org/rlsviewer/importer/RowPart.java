package org.rlsviewer.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.rlsviewer.domain.DiaryEntry;

/**
 * What one data row says towards a night, before rows are merged. A row either names its night
 * outright ({@code time == null}: a diary row, a sleep session, a part of day) or was written at a
 * time of day on a calendar day, and {@link NightMerger} decides the night.
 *
 * @param day the night for a row without a time; otherwise the calendar day it was written
 * @param order when the row was written, to join notes in time order (null: before timed rows)
 * @param values the row's values; their date is ignored
 */
record RowPart(int line, LocalDate day, LocalTime time, LocalDateTime order, DiaryEntry values) {

  static RowPart forNight(int line, LocalDate night, LocalDateTime order, EntryBuilder values) {
    return new RowPart(line, night, null, order, values.build(line, night));
  }

  static RowPart atTime(int line, LocalDate day, LocalTime time, EntryBuilder values) {
    return new RowPart(line, day, time, day.atTime(time), values.build(line, day));
  }
}
