package org.rlsviewer.analysis;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.KeyFigures;

/** Headline figures of a diary; unrecorded severities are left out, never counted as zero. */
final class KeyFiguresCalculator {

  /** Counts also quoted in the reasons of suggested tests. */
  record Counts(int nightsLogged, int nightsWithSymptoms) {}

  private KeyFiguresCalculator() {}

  static KeyFigures of(Diary diary) {
    List<Integer> severities = diary.entries().stream().map(DiaryEntry::severity).filter(Objects::nonNull)
        .sorted().toList();
    int withSymptoms = (int) severities.stream().filter(s -> s > 0).count();
    return new KeyFigures(diary.nightsInPeriod(), diary.entries().size(), severities.size(), median(severities),
        withSymptoms);
  }

  static Counts counts(KeyFigures figures) {
    return new Counts(figures.nightsLogged(), figures.nightsWithSymptoms());
  }

  static OptionalDouble median(List<Integer> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    if (n % 2 == 1) {
      return OptionalDouble.of(sorted.get(n / 2));
    }
    return OptionalDouble.of((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
  }
}
