package org.rlsviewer.importer;

import org.rlsviewer.domain.DayMonthOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks at every date cell of a file to find its style, and for slashed dates whether the day or
 * the month comes first: a first number above 12 (25/01/2026) settles day first, a second number
 * above 12 (01/25/2026) month first. When nothing settles it the caller is asked, never guessed.
 */
final class DateSurvey {

  private static final int EXAMPLES = 3;

  /** How many dates of each style, by its ordinal (a count per style, not a box per date). */
  private final int[] styles = new int[DateReader.Style.values().length];
  private int stylesSeen;
  private final List<String> ambiguousExamples = new ArrayList<>();
  private int dayFirstOnly;
  private int monthFirstOnly;

  void add(String raw) {
    if (raw == null || raw.isBlank()) {
      return;
    }
    Optional<DateReader.Style> style = DateReader.styleOf(raw);
    if (style.isEmpty()) {
      return;
    }
    if (styles[style.get().ordinal()]++ == 0) {
      stylesSeen++;
    }
    int[] parts = style.get() == DateReader.Style.SLASHED ? DateReader.slashedParts(raw) : null;
    if (parts == null) {
      return;
    }
    if (parts[0] > 12 && parts[1] <= 12) {
      dayFirstOnly++;
    } else if (parts[1] > 12 && parts[0] <= 12) {
      monthFirstOnly++;
    } else if (ambiguousExamples.size() < EXAMPLES && !ambiguousExamples.contains(raw.strip())) {
      ambiguousExamples.add(raw.strip());
    }
  }

  /** Whether every date seen so far is ISO (or there is none yet): an ISO reader reads them all. */
  boolean allIso() {
    return stylesSeen == 0 || (stylesSeen == 1 && styles[DateReader.Style.ISO.ordinal()] > 0);
  }

  /** The style most dates use (ISO when there are none, or on a tie). */
  DateReader.Style style() {
    DateReader.Style best = DateReader.Style.ISO;
    int bestCount = styles[best.ordinal()];
    for (DateReader.Style each : DateReader.Style.values()) {
      if (styles[each.ordinal()] > bestCount) {
        best = each;
        bestCount = styles[each.ordinal()];
      }
    }
    return best;
  }

  /**
   * The reader for the file's dates.
   *
   * @param answer the caller's choice, used when the file's dates do not settle the order
   * @param warnings told when the file's own dates disagree about the order
   */
  DateReader reader(Optional<DayMonthOrder> answer, String sourceName, List<String> warnings)
      throws AmbiguousDayMonthOrderException {
    DateReader.Style style = style();
    if (style != DateReader.Style.SLASHED) {
      return new DateReader(style, null);
    }
    DayMonthOrder order;
    if (answer.isPresent()) {
      order = answer.get();
    } else if (dayFirstOnly > 0 && monthFirstOnly == 0) {
      order = DayMonthOrder.DAY_FIRST;
    } else if (monthFirstOnly > 0 && dayFirstOnly == 0) {
      order = DayMonthOrder.MONTH_FIRST;
    } else if (dayFirstOnly == 0) {
      throw new AmbiguousDayMonthOrderException(sourceName, ambiguousExamples);
    } else {
      order = dayFirstOnly >= monthFirstOnly ? DayMonthOrder.DAY_FIRST : DayMonthOrder.MONTH_FIRST;
      warnings.add("The dates disagree: " + dayFirstOnly + " can only be day/month and " + monthFirstOnly
          + " only month/day; they were read as " + (order == DayMonthOrder.DAY_FIRST ? "day/month" : "month/day")
          + " and the others are listed as bad dates.");
    }
    return new DateReader(style, order);
  }
}
