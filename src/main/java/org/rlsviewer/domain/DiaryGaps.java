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
}
