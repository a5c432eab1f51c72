package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.IrlsReading;
import org.rlsviewer.domain.IrlsScore;
import org.rlsviewer.domain.IrlsTotals;

/**
 * Reads IRLS totals from the optional {@code irls_total} column, which the importer keeps with each
 * night as an extra field (the scale is filled in weekly, so most nights leave it blank), and puts
 * the totals the clinician entered beside them; each with the diary's severity that week.
 */
public final class IrlsReader {

  private static final Set<String> HEADERS = Set.of("irls_total", "irls", "irls_score");

  private IrlsReader() {}

  static IrlsTotals read(Diary diary) {
    List<IrlsScore> scores = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (DiaryEntry entry : diary.entries()) {
      Optional<String> value = irlsValue(entry.extras());
      if (value.isEmpty() || value.get().isBlank()) {
        continue;
      }
      String text = value.get().strip();
      try {
        int total = Integer.parseInt(text);
        if (total < 0 || total > 40) {
          problems.add(entry.date() + ": IRLS total " + total + " is outside 0-40, not used");
        } else {
          scores.add(IrlsScore.of(entry.date(), total, IrlsScore.Source.DIARY));
        }
      } catch (NumberFormatException e) {
        problems.add(entry.date() + ": IRLS total '" + text + "' is not a whole number, not used");
      }
    }
    return new IrlsTotals(readings(diary, scores), problems);
  }

  /**
   * The diary's own totals together with those the clinician entered (questionnaires done at or
   * between visits), in date order; a clinician's total stands beside a diary total of the same
   * date rather than replacing it.
   *
   * @param fromDiary the totals {@link SummaryAnalyser} read from the diary
   */
  public static IrlsTotals withClinicianTotals(Diary diary, IrlsTotals fromDiary, List<IrlsScore> clinician) {
    if (clinician.isEmpty()) {
      return fromDiary;
    }
    List<IrlsScore> scores = new ArrayList<>(fromDiary.readings().stream().map(IrlsReading::score).toList());
    scores.addAll(clinician);
    return new IrlsTotals(readings(diary, scores), fromDiary.problems());
  }

  private static List<IrlsReading> readings(Diary diary, List<IrlsScore> scores) {
    List<IrlsScore> inOrder = new ArrayList<>(scores);
    inOrder.sort(Comparator.comparing(IrlsScore::date).thenComparing(IrlsScore::source));
    List<IrlsReading> readings = new ArrayList<>();
    for (IrlsScore score : inOrder) {
      List<Double> week = diary.entries().stream()
          .filter(e -> !e.date().isAfter(score.date()) && e.date().isAfter(score.date().minusDays(7)))
          .filter(e -> e.severity() != null)
          .map(e -> (double) e.severity())
          .sorted().toList();
      readings.add(new IrlsReading(score, median(week), week.size()));
    }
    return readings;
  }

  private static OptionalDouble median(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return OptionalDouble.empty();
    }
    int n = sorted.size();
    return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
  }

  private static Optional<String> irlsValue(Map<String, String> extras) {
    return extras.entrySet().stream()
        .filter(e -> HEADERS.contains(DiaryField.normaliseHeader(e.getKey())))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
