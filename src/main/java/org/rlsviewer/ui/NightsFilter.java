package org.rlsviewer.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.rlsviewer.domain.DiaryEntry;

/** Which nights the Nights tab shows: only flagged, only with notes, and within a date range. */
record NightsFilter(boolean flaggedOnly, boolean withNotesOnly, Optional<LocalDate> from, Optional<LocalDate> to) {

  static final NightsFilter ALL = new NightsFilter(false, false, Optional.empty(), Optional.empty());

  boolean shows(DiaryEntry night, Set<LocalDate> flaggedNights) {
    if (flaggedOnly && !flaggedNights.contains(night.date())) {
      return false;
    }
    if (withNotesOnly && night.notes().isBlank()) {
      return false;
    }
    if (from.isPresent() && night.date().isBefore(from.get())) {
      return false;
    }
    return to.isEmpty() || !night.date().isAfter(to.get());
  }

  /** A date typed into a range field: empty when blank; null when it is not a date. */
  static Optional<LocalDate> parseDate(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
