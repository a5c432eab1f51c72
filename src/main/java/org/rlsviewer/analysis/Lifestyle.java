package org.rlsviewer.analysis;

import java.time.LocalTime;
import java.util.Optional;
import org.rlsviewer.domain.DiaryEntry;

/**
 * Whether a night had each lifestyle exposure: yes, no, or unknown (empty) when the diary does not
 * say. Unknown nights are left out of both sides of a comparison.
 */
final class Lifestyle {

  private Lifestyle() {}

  /**
   * Late caffeine: the last caffeine was after the cut-off. No caffeine at all, or a last caffeine at
   * or before the cut-off, is a night without; caffeine with no time written is unknown.
   */
  static Optional<Boolean> lateCaffeine(DiaryEntry e, LocalTime cutoff) {
    if (e.caffeineMg() != null && e.caffeineMg() == 0) {
      return Optional.of(false);
    }
    if (e.lastCaffeine() == null) {
      return Optional.empty();
    }
    return Optional.of(e.lastCaffeine().isAfter(cutoff));
  }

  static Optional<Boolean> caffeine(DiaryEntry e) {
    return e.caffeineMg() == null ? Optional.empty() : Optional.of(e.caffeineMg() > 0);
  }

  static Optional<Boolean> alcohol(DiaryEntry e) {
    return e.alcoholUnits() == null ? Optional.empty() : Optional.of(e.alcoholUnits() > 0);
  }

  static Optional<Boolean> exercise(DiaryEntry e) {
    return e.exerciseMin() == null ? Optional.empty() : Optional.of(e.exerciseMin() > 0);
  }
}
