package org.rlsviewer.importer;

import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.RejectedRow;

/**
 * The data rows of a diary-format file read so far: every non-blank record is counted, then
 * imported or rejected. While {@link #surveying} a file, the date cells of the split rows are also
 * surveyed; the rows stop being read (only surveyed) at the first date of another style than the
 * reader's ISO, as the file will be read again in its own style.
 */
final class DiaryNights {

  private final RowReader rowReader;
  private final HeaderLayout layout;
  private final char delimiter;
  private final int dateColumn;
  private final List<DiaryEntry> entries = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();
  private final List<RowPart> parts = new ArrayList<>();
  private final FirstLines firstLineOfNight = new FirstLines();
  private DateSurvey survey;
  private boolean complete = true;
  private int dataRows;

  DiaryNights(RowReader rowReader, HeaderLayout layout, char delimiter) {
    this.rowReader = rowReader;
    this.layout = layout;
    this.delimiter = delimiter;
    this.dateColumn = layout.indexOf(org.rlsviewer.domain.DiaryField.DATE);
  }

  /** These nights, also telling the survey every date cell. */
  DiaryNights surveying(DateSurvey dates) {
    this.survey = dates;
    return this;
  }

  /** False when the rows stopped being read because a date was not ISO. */
  boolean isComplete() {
    return complete;
  }

  List<DiaryEntry> entries() {
    return entries;
  }

  List<RejectedRow> rejected() {
    return rejected;
  }

  List<RowPart> parts() {
    return parts;
  }

  int dataRows() {
    return dataRows;
  }

  void add(RecordSplitter.Record record) {
    String reason = QuoteProblem.of(record, layout, delimiter);
    List<String> cells = List.of();
    if (reason == null) {
      try {
        cells = CsvCells.row(record.text(), delimiter);
      } catch (IOException unreadable) {
        reason = "the cells of this row could not be read";
      }
      if (survey != null) {
        surveyDate(reason == null ? cells : List.of(record.text()));
      }
    }
    if (!complete || (reason == null && CsvCells.allBlank(cells))) {
      return;
    }
    dataRows++;
    if (reason == null) {
      RowReader.Outcome outcome = rowReader.read(record.lineNumber(), cells);
      if (outcome.entry() == null) {
        reason = outcome.reason();
      } else if (layout.timeColumn() >= 0) {
        reason = addTimed(outcome.entry(), cells);
      } else {
        reason = addUnlessDuplicate(outcome.entry());
      }
    }
    if (reason != null) {
      rejected.add(new RejectedRow(record.lineNumber(), reason, record.text()));
    }
  }

  /** As the survey read every date cell of the rows it could split, before any row was read. */
  private void surveyDate(List<String> cells) {
    if (dateColumn < cells.size()) {
      survey.add(cells.get(dateColumn));
    }
    if (complete && !survey.allIso()) {
      complete = false;
      entries.clear();
      rejected.clear();
      parts.clear();
    }
  }

  /**
   * With a time column a row's date is the day it was written, and several rows make a night
   * ({@link NightMerger}); a row without a time is the whole night of its date.
   */
  private String addTimed(DiaryEntry entry, List<String> cells) {
    String raw = FormatAdapter.cellAt(cells, layout.timeColumn());
    if (raw.isEmpty()) {
      parts.add(new RowPart(entry.line(), entry.date(), null, null, entry));
      return null;
    }
    Optional<LocalTime> time = CellParser.timeOfDay(raw);
    if (time.isEmpty()) {
      return layout.describe(layout.timeColumn()) + " \"" + CellParser.shorten(raw)
          + "\" is not a time of day (expected HH:mm, 00:00-23:59)";
    }
    parts.add(new RowPart(entry.line(), entry.date(), time.get(), entry.date().atTime(time.get()), entry));
    return null;
  }

  /** Adds the entry, or returns why not: a night already imported from an earlier line. */
  private String addUnlessDuplicate(DiaryEntry entry) {
    int firstLine = firstLineOfNight.putIfAbsent(entry.date().toEpochDay(), entry.line());
    if (firstLine != FirstLines.NONE) {
      return "duplicate night " + entry.date() + " (first on line " + firstLine + ")";
    }
    entries.add(entry);
    return null;
  }

  /**
   * The first line of each night by its epoch day, in open addressing over two primitive arrays: a
   * million nights take about 24 MB here, against about 60 MB as a map of boxed keys and values.
   */
  static final class FirstLines {
    static final int NONE = Integer.MIN_VALUE;
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] days = emptyKeys(64);
    private int[] lines = new int[64];
    private int size;

    /** The line already kept for the day, or {@link #NONE} after keeping {@code line} for it. */
    int putIfAbsent(long day, int line) {
      int slot = slot(days, day);
      if (days[slot] == day) {
        return lines[slot];
      }
      days[slot] = day;
      lines[slot] = line;
      if (++size * 2 > days.length) {
        grow();
      }
      return NONE;
    }

    private static int slot(long[] keys, long day) {
      int mask = keys.length - 1;
      // a diary's nights are mostly consecutive days: they take consecutive slots, without collisions
      int i = Long.hashCode(day) & mask;
      while (keys[i] != EMPTY && keys[i] != day) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] oldDays = days;
      int[] oldLines = lines;
      days = emptyKeys(oldDays.length * 2);
      lines = new int[oldDays.length * 2];
      for (int i = 0; i < oldDays.length; i++) {
        if (oldDays[i] != EMPTY) {
          int slot = slot(days, oldDays[i]);
          days[slot] = oldDays[i];
          lines[slot] = oldLines[i];
        }
      }
    }

    private static long[] emptyKeys(int length) {
      long[] keys = new long[length];
      java.util.Arrays.fill(keys, EMPTY);
      return keys;
    }
  }
}
