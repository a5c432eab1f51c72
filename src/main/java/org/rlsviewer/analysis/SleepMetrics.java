package org.rlsviewer.analysis;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.NightSleep;

/**
 * Per-night sleep figures after the Consensus Sleep Diary, with the assumptions format v1 forces
 * (see {@link NightSleep}): time in bed ends at the final waking, and total sleep time ignores time
 * awake after sleep onset because the diary does not record it.
 */
final class SleepMetrics {

  private static final int MINUTES_PER_DAY = 24 * 60;
  /** Longer than this from bedtime to waking is more likely a typing slip than a night in bed. */
  static final int LONGEST_PLAUSIBLE_NIGHT_MIN = 18 * 60;

  /** One {@code OptionalInt} per whole number of minutes in a day: a long diary's nights share them. */
  private static final OptionalInt[] SHARED = new OptionalInt[MINUTES_PER_DAY + 1];

  static {
    for (int i = 0; i < SHARED.length; i++) {
      SHARED[i] = OptionalInt.of(i);
    }
  }

  /** One {@code Optional} per whole minute of the day, for the symptom start. */
  private static final List<Optional<LocalTime>> SHARED_TIMES = IntStream.range(0, MINUTES_PER_DAY)
      .mapToObj(m -> Optional.of(LocalTime.ofSecondOfDay(m * 60L))).toList();

  private SleepMetrics() {}

  /**
   * Every night's figures, in the nights' order. Nights with the same time in bed and total sleep
   * share one efficiency: a long diary repeats a few thousand of them (a million nights kept 47 MB
   * of {@code OptionalDouble}s, one each).
   */
  static List<NightSleep> of(List<DiaryEntry> entries) {
    Map<Integer, OptionalDouble> efficiencies = new HashMap<>();
    List<NightSleep> nights = new ArrayList<>(entries.size());
    for (DiaryEntry e : entries) {
      nights.add(of(e, efficiencies));
    }
    return nights;
  }

  static NightSleep of(DiaryEntry e) {
    return of(e, new HashMap<>());
  }

  private static NightSleep of(DiaryEntry e, Map<Integer, OptionalDouble> efficiencies) {
    OptionalInt timeInBed = timeInBed(e.bedtime(), e.wakeTime());
    OptionalInt latency = optional(e.sleepLatencyMin());
    OptionalInt totalSleep = OptionalInt.empty();
    OptionalDouble efficiency = OptionalDouble.empty();
    if (timeInBed.isPresent() && latency.isPresent() && latency.getAsInt() <= timeInBed.getAsInt()) {
      int tst = timeInBed.getAsInt() - latency.getAsInt();
      totalSleep = shared(tst);
      int inBed = timeInBed.getAsInt();
      // both are at most LONGEST_PLAUSIBLE_NIGHT_MIN: the pair is one int
      efficiency = efficiencies.computeIfAbsent(inBed * (MINUTES_PER_DAY + 1) + tst,
          k -> OptionalDouble.of(100.0 * tst / inBed));
    }
    return new NightSleep(e.date(), timeInBed, latency, totalSleep, efficiency, optional(e.awakenings()),
        symptomStart(e.symptomStart()), optional(e.symptomMinutes()));
  }

  private static Optional<LocalTime> symptomStart(LocalTime start) {
    if (start == null) {
      return Optional.empty();
    }
    int second = start.toSecondOfDay();
    return second % 60 == 0 && start.getNano() == 0 ? SHARED_TIMES.get(second / 60) : Optional.of(start);
  }

  /** Minutes from going to bed to the final waking; a waking at or before bedtime is the next day. */
  static OptionalInt timeInBed(LocalTime bedtime, LocalTime wake) {
    if (bedtime == null || wake == null) {
      return OptionalInt.empty();
    }
    int minutes = (wake.toSecondOfDay() - bedtime.toSecondOfDay()) / 60;
    if (minutes <= 0) {
      minutes += MINUTES_PER_DAY;
    }
    return minutes > LONGEST_PLAUSIBLE_NIGHT_MIN ? OptionalInt.empty() : shared(minutes);
  }

  private static OptionalInt optional(Integer value) {
    return value == null ? OptionalInt.empty() : shared(value);
  }

  private static OptionalInt shared(int value) {
    return value >= 0 && value < SHARED.length ? SHARED[value] : OptionalInt.of(value);
  }
}
