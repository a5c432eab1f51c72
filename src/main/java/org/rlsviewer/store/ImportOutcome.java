package org.rlsviewer.store;

/**
 * What an import changed. For a file already imported ({@code duplicate}), nothing changed and
 * {@code importId} is the earlier import of the same bytes.
 *
 * @param nightsChanged nights whose content differs from the version kept before; the earlier
 *     version stays in the night's history
 * @param flagsRaised flags not raised before (or raised on evidence that changed)
 * @param flagsRetired flags raised before that the merged diary no longer gives
 */
public record ImportOutcome(
    long importId, boolean duplicate, int nightsAdded, int nightsChanged, int nightsUnchanged,
    int flagsRaised, int flagsRetired) {

  static ImportOutcome duplicateOf(long importId) {
    return new ImportOutcome(importId, true, 0, 0, 0, 0, 0);
  }
}
