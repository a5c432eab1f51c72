package org.rlsviewer.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.FlagChange;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.domain.VisitPeriod;

/**
 * Compares the nights a last visit covered with the nights logged since: nights logged, median
 * severity, awakenings and sleep latency, and which rules' flags are new, continue or stopped.
 * Each period's flags come from the rules run on that period alone.
 */
public final class VisitChangesCalculator {

  private VisitChangesCalculator() {}

  /**
   * @param whole every night of the patient's diary
   * @param flagsAtVisit the findings of the nights the visit covered
   * @param flagsSince the findings of the nights after it
   */
  public static VisitChanges compare(Diary whole, LastVisit visit, Findings flagsAtVisit, Findings flagsSince) {
    VisitPeriod before = period(whole.within(visit.covered()), visit.firstNight(), visit.lastNight());
    Optional<LocalDate> end = whole.lastNight().filter(l -> l.isAfter(visit.lastNight()));
    VisitPeriod after = end.map(l -> period(whole.within(visit.since()), visit.lastNight().plusDays(1), l))
        .orElseGet(VisitChangesCalculator::noNights);
    return new VisitChanges(visit, before, after, flagChanges(flagsAtVisit, flagsSince));
  }

  /** The figures of the nights from {@code first} to {@code last} (both inclusive). */
  static VisitPeriod period(Diary nights, LocalDate first, LocalDate last) {
    List<DiaryEntry> entries = nights.within(DateRange.between(first, last)).entries();
    int logged = (int) entries.stream().map(DiaryEntry::date).distinct().count();
    return new VisitPeriod(Optional.of(first), Optional.of(last), (int) ChronoUnit.DAYS.between(first, last) + 1,
        logged, median(entries, DiaryEntry::severity), median(entries, DiaryEntry::awakenings),
        median(entries, DiaryEntry::sleepLatencyMin));
  }

  private static VisitPeriod noNights() {
    return new VisitPeriod(Optional.empty(), Optional.empty(), 0, 0, java.util.OptionalDouble.empty(),
        java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty());
  }

  private static java.util.OptionalDouble median(List<DiaryEntry> entries, Function<DiaryEntry, Integer> value) {
    return Stats.median(entries.stream().map(value).filter(Objects::nonNull).toList());
  }

  private static List<FlagChange> flagChanges(Findings atVisit, Findings since) {
    Map<String, Tally> byRule = new LinkedHashMap<>();
    tally(atVisit, byRule, true);
    tally(since, byRule, false);
    List<FlagChange> changes = new ArrayList<>();
    for (Tally t : byRule.values()) {
      changes.add(new FlagChange(t.first.ruleId(), t.first.title(), t.first.urgency(), t.caution,
          t.nightsBefore.size(), t.nightsSince.size()));
    }
    changes.sort(Comparator.comparing(FlagChange::caution).thenComparing(FlagChange::urgency)
        .thenComparing(FlagChange::title));
    return changes;
  }

  private static void tally(Findings findings, Map<String, Tally> byRule, boolean before) {
    for (Flag f : findings.flags()) {
      Tally t = byRule.computeIfAbsent(f.ruleId(), id -> new Tally(f, findings.isCaution(f)));
      if (f.urgency().compareTo(t.first.urgency()) < 0) {
        t.first = f;
      }
      (before ? t.nightsBefore : t.nightsSince).add(f.evidence().date());
    }
  }

  /** A rule's flagged nights in each period, and its most urgent flag (for title and urgency). */
  private static final class Tally {
    private Flag first;
    private final boolean caution;
    private final java.util.Set<LocalDate> nightsBefore = new java.util.HashSet<>();
    private final java.util.Set<LocalDate> nightsSince = new java.util.HashSet<>();

    Tally(Flag first, boolean caution) {
      this.first = first;
      this.caution = caution;
    }
  }
}
