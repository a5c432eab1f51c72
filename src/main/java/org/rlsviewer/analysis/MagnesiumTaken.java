package org.rlsviewer.analysis;

import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;

/**
 * Whether magnesium was taken on a night: a dose counted ({@link MagnesiumIntake}), a form or a
 * medicine naming it, or magnesium named in the notes and not said to be skipped, planned, asked
 * about or given up.
 */
final class MagnesiumTaken {

  /** How far from a mention of magnesium its item (up to the next comma, "and"...) is looked for. */
  private static final int ITEM_REACH = 300;

  private MagnesiumTaken() {}

  /** Magnesium that night: a dose above zero anywhere, or magnesium named in a medicine or supplement. */
  static boolean takenOn(NightReading n) {
    DiaryEntry e = n.entry();
    if (n.magnesium().isPresent()) {
      return true;
    }
    if (e.magnesiumMg() != null) {
      return false;
    }
    return !e.magnesiumForm().isEmpty() || n.affirmed("magnesium").stream()
        .anyMatch(f -> f.field() == DiaryField.SUPPLEMENTS || f.field() == DiaryField.MEDICATIONS
            || f.field() == DiaryField.NOTES && takenInNotes(e.text(DiaryField.NOTES), f.mention()));
  }

  /** Magnesium named in the notes counts as taken unless its item says it was not ("forgot", "ran out", "might"). */
  private static boolean takenInNotes(String notes, Mention m) {
    // the item is looked for near the mention only: a note may be megabytes long, with many mentions
    int near = Math.max(0, m.start() - ITEM_REACH);
    String lower = MagnesiumIntake.asciiLower(notes.substring(near, Math.min(notes.length(), m.end() + ITEM_REACH)));
    int start = m.start() - near;
    int stop = m.end() - near;
    int[] item = CautionReading.span(lower, MagnesiumIntake.ITEM_END, start, stop);
    return !MagnesiumWords.NOT_TAKEN.matcher(lower.substring(item[0], item[1])).find()
        && !noLongerTaken(notes, m);
  }

  /** Magnesium asked about or given up in its sentence ({@link TakingCues#noLongerTaken}). */
  private static boolean noLongerTaken(String notes, Mention m) {
    return TakingCues.noLongerTaken(notes, m.start(), m.end());
  }

}
