package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.PeriodKind;

/**
 * Splits a diary into the periods of a magnesium trial. Baseline is every night before the first
 * dose. After it, a run of at least {@value #STOPPED_RUN} logged nights in a row without a dose is a
 * stopped period; shorter runs are missed doses and stay in their dose level. A new dose level starts
 * where the dose moves more than {@value #LEVEL_TOLERANCE_PCT}% away from the current level's first
 * dose and the next {@value #CONFIRMING_NIGHTS} dosed nights stay within that tolerance of the new
 * dose, so one unusual night does not make a level of its own, and 200-300 mg taken at random counts
 * as one level.
 */
final class TrialPeriods {

  static final int STOPPED_RUN = 3;
  static final int LEVEL_TOLERANCE_PCT = 25;
  static final int CONFIRMING_NIGHTS = 2;

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
    int reference = 0;
    int i = firstDose;
    while (i < entries.size()) {
      int undosedRun = undosedRunFrom(entries, i);
      if (undosedRun >= STOPPED_RUN) {
        closeLevel(periods, current);
        current = new ArrayList<>();
        periods.add(new Period(PeriodKind.STOPPED, entries.subList(i, i + undosedRun)));
        reference = 0;
        i += undosedRun;
        continue;
      }
      DiaryEntry e = entries.get(i);
      if (dosed(e)) {
        int dose = e.magnesiumMg();
        if (reference == 0) {
          reference = dose;
        } else if (!close(dose, reference) && confirmed(entries, i, dose)) {
          closeLevel(periods, current);
          current = new ArrayList<>();
          reference = dose;
        }
      }
      current.add(e);
      i++;
    }
    closeLevel(periods, current);
    return List.copyOf(periods);
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

  private static boolean confirmed(List<DiaryEntry> entries, int start, int dose) {
    int seen = 0;
    for (int j = start + 1; j < entries.size() && seen < CONFIRMING_NIGHTS; j++) {
      if (dosed(entries.get(j))) {
        if (!close(entries.get(j).magnesiumMg(), dose)) {
          return false;
        }
        seen++;
      }
    }
    return seen == CONFIRMING_NIGHTS;
  }

  private static boolean close(int dose, int reference) {
    return Math.abs(dose - reference) * 100 <= LEVEL_TOLERANCE_PCT * reference;
  }
}
