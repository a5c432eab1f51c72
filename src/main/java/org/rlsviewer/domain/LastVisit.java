package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The visit changes are counted from: what the clinician saw then (the nights {@code firstNight}
 * to {@code lastNight}) and when. Nights after {@code lastNight} are "since the last visit".
 *
 * @param kind a recorded visit (a summary exported or printed), an earlier import of the patient's
 *     diary when no visit was recorded, or a date the user gave (command line)
 * @param on the day of the visit or import
 */
public record LastVisit(Kind kind, LocalDate on, LocalDate firstNight, LocalDate lastNight) {

  /** What the visit boundary was taken from. */
  public enum Kind {
    VISIT,
    IMPORT,
    GIVEN
  }

  public LastVisit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(firstNight, "firstNight");
    Objects.requireNonNull(lastNight, "lastNight");
    if (firstNight.isAfter(lastNight)) {
      throw new IllegalArgumentException("first night " + firstNight + " after last night " + lastNight);
    }
  }

  /** The nights logged after the visit: from the night after its last one, open-ended. */
  public DateRange since() {
    return new DateRange(java.util.Optional.of(lastNight.plusDays(1)), java.util.Optional.empty());
  }

  /** The nights the visit covered. */
  public DateRange covered() {
    return DateRange.between(firstNight, lastNight);
  }

  /** E.g. "visit on 2026-01-10 (nights 2025-12-01 to 2026-01-09)". */
  public String label() {
    String what = switch (kind) {
      case VISIT -> "visit";
      case IMPORT -> "earlier import";
      case GIVEN -> "last visit";
    };
    return what + " on " + on + " (nights " + firstNight + " to " + lastNight + ")";
  }
}
