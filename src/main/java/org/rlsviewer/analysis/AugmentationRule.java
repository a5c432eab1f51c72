package org.rlsviewer.analysis;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rlsviewer.analysis.RuleEngine.Candidate;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;

/**
 * The {@code augmentation} triggers: signs of augmentation (onset moving earlier, spread to the arms
 * or trunk, worse since the dose went up, shorter relief from a dose) on nights when a dopamine
 * agonist or levodopa is current; and, from the {@code symptom_start} column, onset moving earlier.
 *
 * <p>Current: named as taken on that night or an earlier one, and not since named as stopped or
 * come off ("stopped pramipexole in March"). Before the first night that names it, the first naming
 * decides (a diary that names it as taken on night five was on it from the start).
 */
final class AugmentationRule {

  static final String SIGN = "augmentation-sign";
  static final String DRUG = "dopamine-agonist";
  private static final int ONSET_WINDOW = 7;

  private final List<NightReading> nights;
  private final boolean[] current;

  AugmentationRule(List<NightReading> nights) {
    this.nights = nights;
    this.current = new boolean[nights.size()];
    Boolean state = null;
    for (NightReading n : nights) {
      Boolean named = named(n);
      if (named != null) {
        state = named;
        break;
      }
    }
    for (int i = 0; i < nights.size(); i++) {
      Boolean named = named(nights.get(i));
      if (named != null) {
        state = named;
      }
      current[i] = Boolean.TRUE.equals(state);
    }
  }

  /** True when the night names the medicine as taken, false when only as stopped, null when not named. */
  private static Boolean named(NightReading n) {
    List<NightReading.Found> all = n.all(DRUG);
    if (all.isEmpty()) {
      return null;
    }
    return all.stream().anyMatch(f -> f.mention().assertion().affirmed());
  }

  boolean currentOn(NightReading night) {
    int i = nights.indexOf(night);
    return i >= 0 && current[i];
  }

  List<Candidate> signs(NightReading night) {
    if (!currentOn(night)) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    for (NightReading.Found f : night.affirmed(SIGN)) {
      out.add(new Candidate(night.evidence(f), Map.of()));
    }
    return out;
  }

  /**
   * On a dopamine agonist in the last nights, the mean symptom start of the last
   * {@value #ONSET_WINDOW} nights with a start time lies at least {@code minutes} before that of
   * the first {@value #ONSET_WINDOW}. Times before noon count as after midnight.
   */
  Optional<Candidate> earlierOnset(int minutes) {
    List<Integer> timed = new ArrayList<>();
    for (int i = 0; i < nights.size(); i++) {
      if (nights.get(i).entry().symptomStart() != null) {
        timed.add(i);
      }
    }
    if (timed.size() < 2 * ONSET_WINDOW) {
      return Optional.empty();
    }
    List<Integer> first = timed.subList(0, ONSET_WINDOW);
    List<Integer> last = timed.subList(timed.size() - ONSET_WINDOW, timed.size());
    if (last.stream().noneMatch(i -> current[i])) {
      return Optional.empty();
    }
    double early = first.stream().mapToInt(i -> eveningMinutes(entry(i).symptomStart())).average().orElseThrow();
    double late = last.stream().mapToInt(i -> eveningMinutes(entry(i).symptomStart())).average().orElseThrow();
    if (early - late < minutes) {
      return Optional.empty();
    }
    DiaryEntry earliest = last.stream().map(this::entry)
        .min(Comparator.comparingInt(e -> eveningMinutes(e.symptomStart()))).orElseThrow();
    return Optional.of(new Candidate(Evidence.wholeValue(earliest.date(), DiaryField.SYMPTOM_START,
        earliest.symptomStart().toString()), Map.of()));
  }

  private DiaryEntry entry(int i) {
    return nights.get(i).entry();
  }

  private static int eveningMinutes(LocalTime t) {
    int m = t.getHour() * 60 + t.getMinute();
    return t.getHour() < 12 ? m + 24 * 60 : m;
  }
}
