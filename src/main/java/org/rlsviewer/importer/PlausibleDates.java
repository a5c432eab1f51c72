package org.rlsviewer.importer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.MergedNight;
import org.rlsviewer.domain.RejectedRow;

/**
 * The window of dates a diary night may have (docs/diary-format.md, "Dates"): from 1 January 1990 to
 * tomorrow. A night outside it is rejected with its line and why; so is a night or two that stands
 * more than a year apart from all the others at either end of the diary when its day and month fall
 * among the others' nights, as a likely typo of the year (2014-01-21 or 2042-01-21 among the nights
 * of January 2024). Every later step (charts, statistics, the PDF) can then
 * rely on a diary spanning years, not millennia.
 */
final class PlausibleDates {

  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  /** More than this many days away from every other night makes a night stand apart. */
  static final int APART_DAYS = 365;
  /** At most this many nights stand apart as a typo; more are a diary of their own. */
  static final int MAX_OUTLIERS = 2;
  /** The rest must have at least this many nights, and ten times the outliers', to tell a typo. */
  static final int MIN_REST = 7;

  private PlausibleDates() {}

  /** The result with the nights outside the window and the lone outliers moved to the rejected rows. */
  static ImportResult apply(ImportResult result, LocalDate today) {
    LocalDate latest = today.plusDays(1);
    List<DiaryEntry> entries = result.diary().entries();
    List<DiaryEntry> outside = new ArrayList<>();
    List<DiaryEntry> inside = entries;
    // the nights are sorted: when the first and the last are within the window, so is every night
    if (!entries.isEmpty() && (outsideWindow(entries.get(0).date(), latest)
        || outsideWindow(entries.get(entries.size() - 1).date(), latest))) {
      inside = new ArrayList<>();
      for (DiaryEntry e : entries) {
        (outsideWindow(e.date(), latest) ? outside : inside).add(e);
      }
    }
    Set<LocalDate> candidates = standingApart(inside);
    List<DiaryEntry> others = candidates.isEmpty() ? inside
        : inside.stream().filter(e -> !candidates.contains(e.date())).toList();
    Set<LocalDate> apart = new HashSet<>();
    candidates.stream().filter(d -> likelyTypo(d, others)).forEach(apart::add);
    if (outside.isEmpty() && apart.isEmpty()) {
      return result;
    }
    List<DiaryEntry> kept = inside.stream().filter(e -> !apart.contains(e.date())).toList();
    String rest = kept.isEmpty() ? "" : kept.get(0).date() + " to " + kept.get(kept.size() - 1).date();
    boolean fewOutside = outside.size() <= MAX_OUTLIERS && kept.size() >= MIN_REST;
    Map<LocalDate, String> reasons = new HashMap<>();
    for (DiaryEntry e : outside) {
      String reason = e.date().isBefore(EARLIEST)
          ? "date " + e.date() + " is before 1990, earlier than any diary can be"
          : "date " + e.date() + " is after tomorrow (" + latest + ")";
      boolean typo = fewOutside && likelyTypo(e.date(), kept);
      reasons.put(e.date(), reason + (typo ? "; likely a typo: the other nights run from " + rest : ""));
    }
    for (LocalDate d : apart) {
      reasons.put(d, "date " + d + " stands more than a year apart from the other nights (" + rest
          + "); likely a typo");
    }
    return moved(result, kept, reasons);
  }

  private static boolean outsideWindow(LocalDate date, LocalDate latest) {
    return date.isBefore(EARLIEST) || date.isAfter(latest);
  }

  /**
   * The nights at either end that lie more than {@link #APART_DAYS} from the next night, when they
   * are at most {@link #MAX_OUTLIERS} and the rest outnumber them tenfold (at least {@link #MIN_REST}).
   */
  static Set<LocalDate> standingApart(List<DiaryEntry> sortedEntries) {
    Set<LocalDate> apart = new HashSet<>();
    int n = sortedEntries.size();
    for (int k = 1; k <= MAX_OUTLIERS && k < n; k++) {
      int rest = n - k;
      if (rest < MIN_REST || rest < 10 * k) {
        break;
      }
      if (gap(sortedEntries, k - 1, k) > APART_DAYS) {
        sortedEntries.subList(0, k).forEach(e -> apart.add(e.date()));
      }
      if (gap(sortedEntries, n - k - 1, n - k) > APART_DAYS) {
        sortedEntries.subList(n - k, n).forEach(e -> apart.add(e.date()));
      }
    }
    return apart;
  }

  /**
   * A mistyped year: the same day and month in one of the other nights' years falls among them
   * (within a month of their first or last night), as 2062-01-31 does beside 2024-01-01 to 2024-01-30.
   */
  static boolean likelyTypo(LocalDate date, List<DiaryEntry> sortedOthers) {
    if (sortedOthers.isEmpty()) {
      return false;
    }
    LocalDate from = sortedOthers.get(0).date().minusDays(31);
    LocalDate to = sortedOthers.get(sortedOthers.size() - 1).date().plusDays(31);
    for (int year = from.getYear(); year <= to.getYear() && year - from.getYear() <= 100; year++) {
      LocalDate same = date.withYear(year);
      if (!same.isBefore(from) && !same.isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  private static long gap(List<DiaryEntry> sorted, int i, int j) {
    return ChronoUnit.DAYS.between(sorted.get(i).date(), sorted.get(j).date());
  }

  private static ImportResult moved(ImportResult result, List<DiaryEntry> kept, Map<LocalDate, String> reasons) {
    ImportReport report = result.report();
    Map<LocalDate, List<Integer>> mergedLines = new HashMap<>();
    report.merged().forEach(m -> mergedLines.put(m.night(), m.lines()));
    List<RejectedRow> rejected = new ArrayList<>(report.rejected());
    int removedRows = 0;
    for (DiaryEntry e : result.diary().entries()) {
      String reason = reasons.get(e.date());
      if (reason == null) {
        continue;
      }
      for (int line : mergedLines.getOrDefault(e.date(), List.of(e.line()))) {
        rejected.add(new RejectedRow(line, reason, ""));
        removedRows++;
      }
    }
    rejected.sort(Comparator.comparingInt(RejectedRow::line));
    List<MergedNight> merged = report.merged().stream().filter(m -> !reasons.containsKey(m.night())).toList();
    Diary diary = result.diary();
    ImportReport changed = new ImportReport(report.sourceName(), report.dataRows(), report.imported() - removedRows,
        rejected, report.warnings(), report.format(), merged);
    return new ImportResult(new Diary(diary.patient(), diary.metadata(), kept, diary.extraColumns()), changed);
  }
}
