package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.PeriodKind;

/**
 * Splits a diary into the periods of a magnesium trial. Baseline is every night before the first
 * dose. After it, a run of at least {@value #STOPPED_RUN} logged nights in a row without a dose is a
 * stopped period; shorter runs are missed doses and stay in their dose level. A new dose level starts
 * at a night whose dose is more than {@value #LEVEL_TOLERANCE_PCT}% away from the median dose of the
 * current level when the median of the dosed nights from there on (up to {@value #WINDOW} of them,
 * at least {@value #CONFIRMING_NIGHTS}) is too, and the night's dose is within that tolerance of it.
 * So one unusual night does not make a level of its own, 200-300 mg taken at random counts as one
 * level, and a step from 200 to 400 mg, or a titration week by week, starts a new level each time.
 */
final class TrialPeriods {

  static final int STOPPED_RUN = 3;
  static final int LEVEL_TOLERANCE_PCT = 25;
  static final int CONFIRMING_NIGHTS = 3;
  static final int WINDOW = 7;

  record Period(PeriodKind kind, List<DiaryEntry> nights) {}

  private TrialPeriods() {}

  static boolean dosed(DiaryEntry e) {
    return e.magnesiumMg() != null && e.magnesiumMg() > 0;
  }

  /** The periods in date order; empty when no night has a dose. Entries must be sorted by date. */
  static List<Period> split(List<DiaryEntry> entries) {
    int firstDose = indexOfFirstDose(entries);
    if (firstDose < 0) {
      return List.of();
    }
    List<Period> periods = new ArrayList<>();
    if (firstDose > 0) {
      periods.add(new Period(PeriodKind.BASELINE, entries.subList(0, firstDose)));
    }
    List<DiaryEntry> current = new ArrayList<>();
    DoseMedian levelDoses = new DoseMedian();
    int i = firstDose;
    while (i < entries.size()) {
      int undosedRun = undosedRunFrom(entries, i);
      if (undosedRun >= STOPPED_RUN) {
        closeLevel(periods, current);
        current = new ArrayList<>();
        levelDoses = new DoseMedian();
        periods.add(new Period(PeriodKind.STOPPED, entries.subList(i, i + undosedRun)));
        i += undosedRun;
        continue;
      }
      DiaryEntry e = entries.get(i);
      if (dosed(e)) {
        if (!levelDoses.isEmpty() && startsNewLevel(entries, i, levelDoses.median())) {
          closeLevel(periods, current);
          current = new ArrayList<>();
          levelDoses = new DoseMedian();
        }
        levelDoses.add(e.magnesiumMg());
      }
      current.add(e);
      i++;
    }
    closeLevel(periods, current);
    return List.copyOf(periods);
  }

  private static boolean startsNewLevel(List<DiaryEntry> entries, int start, double levelMedian) {
    int dose = entries.get(start).magnesiumMg();
    if (close(dose, levelMedian)) {
      return false;
    }
    List<Integer> ahead = new ArrayList<>();
    for (int j = start; j < entries.size() && ahead.size() < WINDOW; j++) {
      DiaryEntry e = entries.get(j);
      if (dosed(e)) {
        ahead.add(e.magnesiumMg());
      } else if (undosedRunFrom(entries, j) >= STOPPED_RUN) {
        break;
      }
    }
    if (ahead.size() < CONFIRMING_NIGHTS) {
      return false;
    }
    double aheadMedian = median(ahead);
    return !close(aheadMedian, levelMedian) && close(dose, aheadMedian);
  }

  private static double median(List<Integer> doses) {
    return Stats.median(doses).orElseThrow();
  }

  private static void closeLevel(List<Period> periods, List<DiaryEntry> nights) {
    if (!nights.isEmpty()) {
      periods.add(new Period(PeriodKind.DOSE, List.copyOf(nights)));
    }
  }

  private static int indexOfFirstDose(List<DiaryEntry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      if (dosed(entries.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int undosedRunFrom(List<DiaryEntry> entries, int start) {
    int n = 0;
    while (start + n < entries.size() && !dosed(entries.get(start + n))) {
      n++;
    }
    return n;
  }

  private static boolean close(double dose, double reference) {
    return Math.abs(dose - reference) * 100 <= LEVEL_TOLERANCE_PCT * reference;
  }

  /**
   * The median of the doses of a level so far, kept as counts per dose: re-sorting every dose on
   * every night made a long level quadratic (a year-long trial took minutes).
   */
  private static final class DoseMedian {
    private final java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
    private int size;

    void add(int dose) {
      counts.merge(dose, 1, Integer::sum);
      size++;
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** The middle dose, or the mean of the two middle doses for an even count (as {@link Stats#median}). */
    double median() {
      int lowRank = (size - 1) / 2;
      int highRank = size / 2;
      int seen = 0;
      Integer low = null;
      for (var e : counts.entrySet()) {
        seen += e.getValue();
        if (low == null && lowRank < seen) {
          low = e.getKey();
        }
        if (highRank < seen) {
          return (low + e.getKey()) / 2.0;
        }
      }
      throw new IllegalStateException("no doses");
    }
  }
}
