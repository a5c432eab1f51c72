package org.rlsviewer.analysis;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.LifestyleFactor;

/**
 * Median nightly severity with and without late caffeine, alcohol and exercise. Fewer than
 * {@value #MINIMUM_NIGHTS} nights on either side marks the factor as based on few nights (the
 * threshold the rule table uses for substance comparisons).
 */
final class LifestyleAnalyser {

  static final int MINIMUM_NIGHTS = 5;

  private LifestyleAnalyser() {}

  static List<LifestyleFactor> analyse(List<DiaryEntry> entries, LocalTime caffeineCutoff) {
    return List.of(
        factor("caffeine after " + caffeineCutoff, entries, e -> Lifestyle.lateCaffeine(e, caffeineCutoff)),
        factor("alcohol", entries, Lifestyle::alcohol),
        factor("exercise", entries, Lifestyle::exercise));
  }

  static LifestyleFactor factor(String name, List<DiaryEntry> entries, Function<DiaryEntry, Optional<Boolean>> exposed) {
    List<Integer> with = new ArrayList<>();
    List<Integer> without = new ArrayList<>();
    for (DiaryEntry e : entries) {
      Optional<Boolean> x = exposed.apply(e);
      if (e.severity() == null || x.isEmpty()) {
        continue;
      }
      (x.get() ? with : without).add(e.severity());
    }
    OptionalDouble medianWith = Stats.median(with);
    OptionalDouble medianWithout = Stats.median(without);
    OptionalDouble difference = medianWith.isPresent() && medianWithout.isPresent()
        ? OptionalDouble.of(medianWith.getAsDouble() - medianWithout.getAsDouble())
        : OptionalDouble.empty();
    boolean few = with.size() < MINIMUM_NIGHTS || without.size() < MINIMUM_NIGHTS;
    return new LifestyleFactor(name, with.size(), without.size(), medianWith, medianWithout, difference, few,
        MINIMUM_NIGHTS);
  }
}
