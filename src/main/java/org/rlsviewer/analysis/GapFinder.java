package org.rlsviewer.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryGaps;

/** Nights missing between the first and last night, and whether there are enough nights for a trend. */
final class GapFinder {

  static final int MINIMUM_NIGHTS_FOR_TREND = 14;

  private GapFinder() {}

  static DiaryGaps find(List<DiaryEntry> entries) {
    Set<LocalDate> logged = entries.stream().map(DiaryEntry::date).collect(Collectors.toSet());
    List<LocalDate> missing = new ArrayList<>();
    if (!entries.isEmpty()) {
      LocalDate last = entries.get(entries.size() - 1).date();
      for (LocalDate d = entries.get(0).date(); d.isBefore(last); d = d.plusDays(1)) {
        if (!logged.contains(d)) {
          missing.add(d);
        }
      }
    }
    return new DiaryGaps(missing, logged.size(), logged.size() < MINIMUM_NIGHTS_FOR_TREND,
        MINIMUM_NIGHTS_FOR_TREND);
  }
}
