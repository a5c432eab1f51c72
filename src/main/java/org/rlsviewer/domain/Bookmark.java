package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A night the clinician marked to come back to, with a short note (may be empty). */
public record Bookmark(LocalDate night, String note) {

  public Bookmark {
    Objects.requireNonNull(night, "night");
    note = note == null ? "" : note.strip();
  }
}
