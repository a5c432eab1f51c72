package org.rlsviewer.analysis;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * <p>Current: a medicine named as taken on that night or an earlier one, and not since named as
 * stopped or come off ("stopped pramipexole in March"). Before the first night that names it, the
 * first naming decides (a diary that names it as taken on night five was on it from the start).
 */
final class AugmentationRule {

  static final String SIGN = "augmentation-sign";
  static final String DRUG = "dopamine-agonist";
  private static final int ONSET_WINDOW = 7;

  private final List<NightReading> nights;
  private final boolean[] current;
  /** Each night's place in {@link #nights}, made on the first question (a search per night is quadratic). */
  private Map<NightReading, Integer> positions;

  AugmentationRule(List<NightReading> nights) {
    this.nights = nights;
    this.current = new boolean[nights.size()];
    Map<String, Boolean> taking = new HashMap<>();
    for (NightReading n : nights) {
      named(n).forEach(taking::putIfAbsent); // before a medicine is first named, its first naming holds
    }
    for (int i = 0; i < nights.size(); i++) {
      taking.putAll(named(nights.get(i)));
      current[i] = taking.containsValue(true);
    }
  }

  /**
   * Per medicine named that night (by its words, lower case): taken (true) or stopped, come off or
   * denied (false); a stop named the same night wins ("ropinirole" in the medicines, "came off
   * ropinirole" in the notes).
   */
  private static Map<String, Boolean> named(NightReading n) {
    Map<String, Boolean> out = new HashMap<>();
    for (NightReading.Found f : n.all(DRUG)) {
      String drug = f.mention().wordsText();
      // only a confident set-aside is a stop: "he's needing the pramipexole earlier" in a carer's note is not
      out.merge(drug, f.mention().assertion().flaggable(), Boolean::logicalAnd);
    }
    return out;
  }

  boolean currentOn(NightReading night) {
    if (positions == null) {
      positions = new IdentityHashMap<>(nights.size() * 2);
      for (int i = 0; i < nights.size(); i++) {
        positions.putIfAbsent(nights.get(i), i);
      }
    }
    Integer i = positions.get(night);
    return i != null && current[i];
  }

  List<Candidate> signs(NightReading night) {
    List<NightReading.Found> signs = night.flaggable(SIGN);
    if (signs.isEmpty() || !currentOn(night)) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    for (NightReading.Found f : signs) {
      out.add(new Candidate(night.evidence(f), Map.of(), RuleEngine.certainty(f)));
    }
    return out;
  }

  /**
   * On a dopamine agonist on the last night with a start time, the mean symptom start of the last
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
    if (!current[last.get(last.size() - 1)]) {
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
