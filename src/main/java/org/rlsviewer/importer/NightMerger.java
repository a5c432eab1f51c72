package org.rlsviewer.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.MergedNight;

/**
 * Puts rows on their nights and merges the rows of one night (docs/import-formats.md, "Many rows
 * for one night"). A row written at a time of day belongs to that day's evening, except one
 * written after midnight and before the morning's wake time, which belongs to the previous evening;
 * the wake time is the one recorded for that night, or {@link #DEFAULT_WAKE} when none is. A
 * morning report (a row written before noon that says how the night went) belongs to the night
 * that ended that morning.
 *
 * <p>Merging takes the worst of a rating (highest severity, lowest sleep quality), sums amounts
 * (caffeine, alcohol, magnesium, exercise, symptom minutes), keeps the earliest bedtime and symptom
 * start and the latest wake time and last caffeine (in night order: a time before noon counts as
 * the next morning), takes the first recorded sleep latency and the most awakenings, counts a yes
 * from any row, and joins texts and extra values in time order without repeats.
 */
final class NightMerger {

  static final LocalTime DEFAULT_WAKE = LocalTime.of(6, 0);
  private static final int DAY_MINUTES = 1440;

  record Nights(List<DiaryEntry> entries, List<MergedNight> merged) {}

  private NightMerger() {}

  static Nights merge(List<RowPart> parts) {
    Map<LocalDate, LocalTime> wakeByNight = new HashMap<>();
    for (RowPart p : parts) {
      LocalDate fixed = fixedNight(p);
      if (fixed != null && p.values().wakeTime() != null) {
        wakeByNight.merge(fixed, p.values().wakeTime(), NightMerger::laterInNight);
      }
    }
    Map<LocalDate, List<RowPart>> byNight = new TreeMap<>();
    for (RowPart p : parts) {
      byNight.computeIfAbsent(nightOf(p, wakeByNight), n -> new ArrayList<>()).add(p);
    }
    List<DiaryEntry> entries = new ArrayList<>();
    List<MergedNight> merged = new ArrayList<>();
    for (var e : byNight.entrySet()) {
      List<RowPart> rows = new ArrayList<>(e.getValue());
      rows.sort(Comparator.comparing((RowPart p) -> p.order() == null ? LocalDateTime.MIN : p.order())
          .thenComparingInt(RowPart::line));
      entries.add(mergeNight(e.getKey(), rows));
      if (rows.size() > 1) {
        merged.add(new MergedNight(e.getKey(), rows.stream().map(RowPart::line).sorted().toList()));
      }
    }
    return new Nights(entries, merged);
  }

  /**
   * The night of a row that names it: a row without a time, or a morning report (written before
   * noon with how the night went: bedtime, sleep latency, awakenings, wake time or sleep quality),
   * which is about the night that ended that morning. Null for other rows.
   */
  private static LocalDate fixedNight(RowPart p) {
    if (p.time() == null) {
      return p.day();
    }
    DiaryEntry v = p.values();
    boolean reportsTheNight = v.bedtime() != null || v.sleepLatencyMin() != null || v.awakenings() != null
        || v.wakeTime() != null || v.sleepQuality() != null;
    return reportsTheNight && p.time().getHour() < 12 ? p.day().minusDays(1) : null;
  }

  private static LocalDate nightOf(RowPart p, Map<LocalDate, LocalTime> wakeByNight) {
    LocalDate fixed = fixedNight(p);
    if (fixed != null) {
      return fixed;
    }
    LocalDate previous = p.day().minusDays(1);
    LocalTime wake = wakeByNight.getOrDefault(previous, DEFAULT_WAKE);
    return p.time().isBefore(wake) ? previous : p.day();
  }

  private static DiaryEntry mergeNight(LocalDate night, List<RowPart> rows) {
    List<DiaryEntry> v = rows.stream().map(RowPart::values).toList();
    EntryBuilder b = new EntryBuilder();
    b.severity = fold(v, DiaryEntry::severity, Math::max);
    b.symptomStart = fold(v, DiaryEntry::symptomStart, NightMerger::earlierInNight);
    b.symptomMinutes = capped(fold(v, DiaryEntry::symptomMinutes, Integer::sum));
    b.relief = join(v, DiaryEntry::relief, "; ");
    b.bedtime = fold(v, DiaryEntry::bedtime, NightMerger::earlierInNight);
    b.sleepLatencyMin = fold(v, DiaryEntry::sleepLatencyMin, (a, x) -> a);
    b.awakenings = fold(v, DiaryEntry::awakenings, Math::max);
    b.wakeTime = fold(v, DiaryEntry::wakeTime, NightMerger::laterInNight);
    b.sleepQuality = fold(v, DiaryEntry::sleepQuality, Math::min);
    b.caffeineMg = fold(v, DiaryEntry::caffeineMg, NightMerger::sumSaturated);
    b.lastCaffeine = fold(v, DiaryEntry::lastCaffeine, NightMerger::laterInNight);
    b.alcoholUnits = fold(v, DiaryEntry::alcoholUnits, Double::sum);
    b.exerciseMin = capped(fold(v, DiaryEntry::exerciseMin, Integer::sum));
    b.magnesiumMg = fold(v, DiaryEntry::magnesiumMg, NightMerger::sumSaturated);
    b.magnesiumForm = join(v, DiaryEntry::magnesiumForm, "; ");
    b.medications = join(v, DiaryEntry::medications, "; ");
    b.supplements = join(v, DiaryEntry::supplements, "; ");
    b.snoring = fold(v, DiaryEntry::snoring, Boolean::logicalOr);
    b.breathingPauses = fold(v, DiaryEntry::breathingPauses, Boolean::logicalOr);
    b.sideEffects = join(v, DiaryEntry::sideEffects, "; ");
    b.notes = join(v, DiaryEntry::notes, "\n");
    Map<String, Set<String>> extras = new LinkedHashMap<>();
    for (DiaryEntry e : v) {
      e.extras().forEach((key, value) -> {
        Set<String> values = extras.computeIfAbsent(key, k -> new LinkedHashSet<>());
        if (!value.isBlank()) {
          values.add(value);
        }
      });
    }
    extras.forEach((key, values) -> b.extras.put(key, String.join(" | ", values)));
    return b.build(minLine(rows), night);
  }

  private static int minLine(List<RowPart> rows) {
    return rows.stream().mapToInt(RowPart::line).min().orElseThrow();
  }

  private static <T> T fold(List<DiaryEntry> entries, Function<DiaryEntry, T> field, BinaryOperator<T> combine) {
    T result = null;
    for (DiaryEntry e : entries) {
      T value = field.apply(e);
      if (value != null) {
        result = result == null ? value : combine.apply(result, value);
      }
    }
    return result;
  }

  private static String join(List<DiaryEntry> entries, Function<DiaryEntry, String> field, String separator) {
    Set<String> parts = new LinkedHashSet<>();
    for (DiaryEntry e : entries) {
      String value = field.apply(e);
      if (!value.isBlank()) {
        parts.add(value);
      }
    }
    return String.join(separator, parts);
  }

  private static Integer capped(Integer minutes) {
    return minutes == null ? null : Math.min(minutes, DAY_MINUTES);
  }

  private static Integer sumSaturated(Integer a, Integer b) {
    long sum = (long) a + b;
    return (int) Math.min(sum, Integer.MAX_VALUE);
  }

  private static long nightMinutes(LocalTime t) {
    long minutes = t.getHour() * 60L + t.getMinute();
    return t.getHour() < 12 ? minutes + DAY_MINUTES : minutes;
  }

  static LocalTime earlierInNight(LocalTime a, LocalTime b) {
    return nightMinutes(b) < nightMinutes(a) ? b : a;
  }

  static LocalTime laterInNight(LocalTime a, LocalTime b) {
    return nightMinutes(b) > nightMinutes(a) ? b : a;
  }
}
