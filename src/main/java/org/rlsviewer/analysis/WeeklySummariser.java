package org.rlsviewer.analysis;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.NightSleep;
import org.rlsviewer.domain.NightsSummary;

/** Seven-night blocks counted from the diary's first night; the last block may be shorter. */
final class WeeklySummariser {

  private WeeklySummariser() {}

  /** Entries sorted by date; nights holds the sleep figures of the same entries, in the same order. */
  static List<NightsSummary> summarise(List<DiaryEntry> entries, List<NightSleep> nights, LocalTime cutoff) {
    if (entries.isEmpty()) {
      return List.of();
    }
    LocalDate first = entries.get(0).date();
    LocalDate last = entries.get(entries.size() - 1).date();
    List<NightsSummary> weeks = new ArrayList<>();
    // one pass over the sorted entries (a nested scan was quadratic: minutes for years of nights)
    int i = 0;
    for (LocalDate start = first; !start.isAfter(last); start = start.plusDays(7)) {
      LocalDate end = start.plusDays(6).isAfter(last) ? last : start.plusDays(6);
      List<DiaryEntry> week = new ArrayList<>();
      List<NightSleep> sleep = new ArrayList<>();
      while (i < entries.size() && !entries.get(i).date().isAfter(end)) {
        week.add(entries.get(i));
        sleep.add(nights.get(i));
        i++;
      }
      weeks.add(week(start, end, week, sleep, cutoff));
    }
    return weeks;
  }

  /** The whole diary as one stretch; empty for a diary without nights. */
  static Optional<NightsSummary> whole(List<DiaryEntry> entries, List<NightSleep> nights, LocalTime cutoff) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        week(entries.get(0).date(), entries.get(entries.size() - 1).date(), entries, nights, cutoff));
  }

  private static NightsSummary week(
      LocalDate start, LocalDate end, List<DiaryEntry> week, List<NightSleep> sleep, LocalTime cutoff) {
    List<Integer> severities = recorded(week, DiaryEntry::severity);
    List<Integer> doses = week.stream().filter(TrialPeriods::dosed).map(DiaryEntry::magnesiumMg).toList();
    List<Double> efficiencies = sleep.stream().filter(n -> n.sleepEfficiencyPct().isPresent())
        .map(n -> n.sleepEfficiencyPct().getAsDouble()).toList();
    return new NightsSummary(start, end, week.size(), (int) ChronoUnit.DAYS.between(start, end) + 1,
        Stats.median(severities),
        severities.stream().mapToInt(Integer::intValue).min(),
        severities.stream().mapToInt(Integer::intValue).max(),
        Stats.mean(recorded(week, DiaryEntry::awakenings)),
        Stats.median(recorded(week, DiaryEntry::sleepLatencyMin)),
        Stats.median(present(sleep, NightSleep::timeInBedMin)),
        Stats.median(present(sleep, NightSleep::totalSleepMin)),
        Stats.median(efficiencies),
        (int) severities.stream().filter(s -> s > 0).count(),
        count(week, Lifestyle::caffeine),
        count(week, e -> Lifestyle.lateCaffeine(e, cutoff)),
        count(week, Lifestyle::alcohol),
        count(week, Lifestyle::exercise),
        doses.size(),
        Stats.median(doses));
  }

  private static List<Integer> recorded(List<DiaryEntry> week, Function<DiaryEntry, Integer> field) {
    return week.stream().map(field).filter(Objects::nonNull).toList();
  }

  private static List<Integer> present(List<NightSleep> sleep, Function<NightSleep, OptionalInt> field) {
    return sleep.stream().map(field).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).toList();
  }

  private static int count(List<DiaryEntry> week, Function<DiaryEntry, Optional<Boolean>> exposure) {
    Predicate<Optional<Boolean>> yes = o -> o.orElse(false);
    return (int) week.stream().map(exposure).filter(yes).count();
  }
}
