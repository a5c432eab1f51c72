package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The nights missing between the first and last night of a diary, and whether the diary is long
 * enough to judge a trend.
 *
 * @param tooShortForTrend fewer than {@code minimumNightsForTrend} nights logged
 */
public record DiaryGaps(
    List<LocalDate> missingNights, int nightsLogged, boolean tooShortForTrend, int minimumNightsForTrend) {

  public DiaryGaps {
    missingNights = List.copyOf(missingNights);
  }

  /** The missing nights with runs of consecutive nights joined, e.g. "2024-02-14, 2024-02-20 to 2024-02-22". */
  public String missingAsRanges() {
    List<String> parts = new java.util.ArrayList<>();
    int i = 0;
    while (i < missingNights.size()) {
      int j = i;
      while (j + 1 < missingNights.size() && missingNights.get(j + 1).equals(missingNights.get(j).plusDays(1))) {
        j++;
      }
      parts.add(i == j ? missingNights.get(i).toString() : missingNights.get(i) + " to " + missingNights.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
  }
}
