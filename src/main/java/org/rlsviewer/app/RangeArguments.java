package org.rlsviewer.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.LastVisit;

/**
 * The date-range options shared by {@code flags}, {@code summary} and {@code report}:
 * {@code --last N} (the diary's last N nights), {@code --from DATE} and {@code --to DATE}, or
 * {@code --since-last-visit}; and {@code --last-visit DATE}, the day of the patient's last visit
 * (nights before it are what that visit saw; the summary and report then show what changed since).
 */
record RangeArguments(Optional<Integer> lastNights, Optional<LocalDate> from, Optional<LocalDate> to,
    Optional<LocalDate> lastVisit, boolean sinceLastVisit) {

  /** How a date is written on the command line, as the options' help and messages name it. */
  static final String DATE = "YYYY-MM-DD";

  /** The range the options give (each null when not given), or why it is not one. */
  static RangeArguments of(String last, String from, String to, String lastVisit, boolean sinceLastVisit)
      throws UsageProblem {
    Optional<Integer> nights = last == null ? Optional.empty() : Optional.of(nights(last));
    Optional<LocalDate> start = date(from, "--from");
    Optional<LocalDate> end = date(to, "--to");
    Optional<LocalDate> visit = date(lastVisit, "--last-visit");
    if (nights.isPresent() && (start.isPresent() || end.isPresent())) {
      throw new UsageProblem("--last cannot be combined with --from or --to");
    }
    if (sinceLastVisit && visit.isEmpty()) {
      throw new UsageProblem("--since-last-visit needs --last-visit " + DATE);
    }
    if (sinceLastVisit && (nights.isPresent() || start.isPresent() || end.isPresent())) {
      throw new UsageProblem("--since-last-visit cannot be combined with --last, --from or --to");
    }
    if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
      throw new UsageProblem("--from " + start.get() + " is after --to " + end.get());
    }
    return new RangeArguments(nights, start, end, visit, sinceLastVisit);
  }

  static RangeArguments wholeDiary() {
    return new RangeArguments(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  private static int nights(String n) throws UsageProblem {
    try {
      int nights = Integer.parseInt(n);
      if (nights >= 1) {
        return nights;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    String limit = n.matches("\\d{10,}") ? "from 1 to " + Integer.MAX_VALUE : "(1 or more)";
    throw new UsageProblem("--last takes a number of nights " + limit + ", not '" + n + "'");
  }

  boolean isWholeDiary() {
    return lastNights.isEmpty() && from.isEmpty() && to.isEmpty() && !sinceLastVisit;
  }

  /**
   * The last visit {@code --last-visit DATE} describes for this diary: it saw the nights from the
   * first up to the night before DATE. Empty without the option.
   *
   * @throws UsageProblem when the diary has no night before DATE
   */
  Optional<LastVisit> visitOf(Diary diary) throws UsageProblem {
    if (lastVisit.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = lastVisit.get();
    Optional<LocalDate> first = diary.firstNight();
    if (first.isEmpty() || !first.get().isBefore(day)) {
      throw new UsageProblem("--last-visit " + day + ": the diary has no night before that day to compare with");
    }
    return Optional.of(new LastVisit(LastVisit.Kind.GIVEN, day, first.get(), day.minusDays(1)));
  }

  /** The range for this diary: the last N nights count back from its last night. */
  DateRange resolve(Diary diary) {
    if (sinceLastVisit) {
      return new DateRange(lastVisit, Optional.empty());
    }
    if (lastNights.isPresent()) {
      return diary.lastNight()
          .map(last -> DateRange.between(last.minusDays(lastNights.get() - 1L), last))
          .orElse(DateRange.all());
    }
    return new DateRange(from, to);
  }

  private static Optional<LocalDate> date(String text, String option) throws UsageProblem {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw new UsageProblem(option + " takes a date " + DATE + ", not '" + text + "'");
    }
  }
}
