package org.rlsviewer.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rlsviewer.domain.Bookmark;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Urgency;

/**
 * What the severity chart marks besides the diary's own values: the flagged nights, each with the
 * kind of mark its flags call for, and the clinician's bookmarks (in night order; a bookmark's
 * number on the chart and in the summary is its place in this list, counted from 1).
 */
public record ChartMarks(Map<LocalDate, FlagMark> flaggedNights, List<Bookmark> bookmarks) {

  /** The mark of a flagged night, most telling first. */
  public enum FlagMark {
    /** At least one urgent flag. */
    URGENT,
    /** A red flag, none urgent. */
    FLAG,
    /** Only cautions (magnesium dose, a medicine ...), none urgent. */
    CAUTION
  }

  public ChartMarks {
    flaggedNights = Map.copyOf(flaggedNights);
    bookmarks = bookmarks.stream().sorted(java.util.Comparator.comparing(Bookmark::night)).toList();
  }

  public static ChartMarks none() {
    return new ChartMarks(Map.of(), List.of());
  }

  /** The marks of these findings' flags and these bookmarks. */
  public static ChartMarks of(Findings findings, List<Bookmark> bookmarks) {
    Map<LocalDate, FlagMark> byNight = new TreeMap<>();
    for (Flag flag : findings.flags()) {
      FlagMark mark = flag.urgency() == Urgency.URGENT ? FlagMark.URGENT
          : findings.isCaution(flag) ? FlagMark.CAUTION : FlagMark.FLAG;
      byNight.merge(flag.evidence().date(), mark, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    return new ChartMarks(byNight, bookmarks);
  }

  /** The same flagged nights with other bookmarks. */
  public ChartMarks withBookmarks(List<Bookmark> newBookmarks) {
    return new ChartMarks(flaggedNights, newBookmarks);
  }

  /** The short label of the bookmark at this place in {@link #bookmarks()} (0-based), e.g. {@code B1}. */
  public static String label(int index) {
    return "B" + (index + 1);
  }
}
