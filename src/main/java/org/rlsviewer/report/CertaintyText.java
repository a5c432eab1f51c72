package org.rlsviewer.report;

import java.util.ArrayList;
import java.util.List;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ReviewStatus;

/**
 * The words that mark a possible flag in the visit summary: written beside the flag's words, never
 * colour alone, so they survive grey-scale print.
 */
final class CertaintyText {

  /** Beside a possible group's title, as the window's tag. */
  static final String TAG = "? possible";
  /** Beside each of a possible flag's words. */
  static final String BESIDE_WORDS = "(possible)";
  /** One line under a possible group: why it is only possible. */
  static final String WHY = "Possible: the reader could not confidently set these words aside; review them.";

  private CertaintyText() {}

  /** ", N possible" for a heading's count, empty when every flag is definite. */
  static String count(List<Flag> flags) {
    long possible = flags.stream().filter(Flag::possible).count();
    return possible == 0 ? "" : ", " + possible + " possible";
  }

  /**
   * A flag's rule as "Flagged nights in full" lists it: {@code swelling}, {@code swelling (possible)},
   * {@code swelling (acknowledged)} or {@code swelling (possible, acknowledged)}.
   */
  static String ruleOnNight(Flag flag, ReviewStatus status) {
    List<String> notes = new ArrayList<>();
    if (flag.possible()) {
      notes.add("possible");
    }
    if (status != ReviewStatus.OPEN) {
      notes.add(status.label());
    }
    return flag.ruleId() + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
  }
}
