package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The nights a view or summary is restricted to, both ends inclusive; an open end means "from the
 * first" or "to the last" night of the diary. {@link #all()} is the whole diary.
 */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {

  public DateRange {
    from = from == null ? Optional.empty() : from;
    to = to == null ? Optional.empty() : to;
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("range starts " + from.get() + " after it ends " + to.get());
    }
  }

  public static DateRange all() {
    return new DateRange(Optional.empty(), Optional.empty());
  }

  public static DateRange between(LocalDate from, LocalDate to) {
    return new DateRange(Optional.of(from), Optional.of(to));
  }

  public boolean isAll() {
    return from.isEmpty() && to.isEmpty();
  }

  public boolean contains(LocalDate night) {
    return from.map(f -> !night.isBefore(f)).orElse(true) && to.map(t -> !night.isAfter(t)).orElse(true);
  }

  /** E.g. "2024-02-05 to 2024-03-24", "from 2024-02-05", "whole diary". */
  public String label() {
    if (isAll()) {
      return "whole diary";
    }
    if (from.isPresent() && to.isPresent()) {
      return from.get() + " to " + to.get();
    }
    return from.map(f -> "from " + f).orElseGet(() -> "up to " + to.orElseThrow());
  }
}
