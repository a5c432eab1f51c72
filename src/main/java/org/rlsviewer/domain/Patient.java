package org.rlsviewer.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Who the diary belongs to, as far as the export says. Text fields are empty when not given; the
 * birth date is empty when not given or unreadable.
 */
public record Patient(String id, String name, Optional<LocalDate> birthDate, String sex) {

  public Patient {
    id = id == null ? "" : id.strip();
    name = name == null ? "" : name.strip();
    birthDate = birthDate == null ? Optional.empty() : birthDate;
    sex = sex == null ? "" : sex.strip();
  }

  /** A patient about whom the export says nothing. */
  public static Patient unknown() {
    return new Patient("", "", Optional.empty(), "");
  }

  /** Age in whole years on the given day, when the birth date is known. */
  public Optional<Integer> ageOn(LocalDate day) {
    return birthDate.map(b -> Period.between(b, day).getYears());
  }

  /** Name and id for headings, e.g. "Jane Doe (P-0042)", or "Unnamed patient". */
  public String displayName() {
    if (name.isEmpty() && id.isEmpty()) {
      return "Unnamed patient";
    }
    if (name.isEmpty()) {
      return id;
    }
    return id.isEmpty() ? name : name + " (" + id + ")";
  }
}
