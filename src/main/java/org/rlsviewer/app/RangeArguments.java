package org.rlsviewer.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
    Optional<LocalDate> lastVisit, boolean sinceLastVisit, List<String> rest) {

  static final String HELP = "[--last N | --from YYYY-MM-DD --to YYYY-MM-DD | --since-last-visit]";

  RangeArguments(Optional<Integer> lastNights, Optional<LocalDate> from, Optional<LocalDate> to, List<String> rest) {
    this(lastNights, from, to, Optional.empty(), false, rest);
  }

  /** Thrown for a malformed range option; the message is for the user. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  static RangeArguments parse(List<String> args) throws Invalid {
    Optional<Integer> last = Optional.empty();
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    Optional<LocalDate> lastVisit = Optional.empty();
    boolean sinceLastVisit = false;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--last" -> {
          String n = value(args, ++i, a);
          try {
            int nights = Integer.parseInt(n);
            if (nights < 1) {
              throw new NumberFormatException();
            }
            last = Optional.of(nights);
          } catch (NumberFormatException e) {
            String limit = n.matches("\\d{10,}") ? "from 1 to " + Integer.MAX_VALUE : "(1 or more)";
            throw new Invalid("--last takes a number of nights " + limit + ", not '" + n + "'");
          }
        }
        case "--from" -> from = Optional.of(date(value(args, ++i, a), a));
        case "--to" -> to = Optional.of(date(value(args, ++i, a), a));
        case "--last-visit" -> lastVisit = Optional.of(date(value(args, ++i, a), a));
        case "--since-last-visit" -> sinceLastVisit = true;
        default -> rest.add(a);
      }
    }
    if (last.isPresent() && (from.isPresent() || to.isPresent())) {
      throw new Invalid("--last cannot be combined with --from or --to");
    }
    if (sinceLastVisit && lastVisit.isEmpty()) {
      throw new Invalid("--since-last-visit needs --last-visit YYYY-MM-DD");
    }
    if (sinceLastVisit && (last.isPresent() || from.isPresent() || to.isPresent())) {
      throw new Invalid("--since-last-visit cannot be combined with --last, --from or --to");
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new Invalid("--from " + from.get() + " is after --to " + to.get());
    }
    return new RangeArguments(last, from, to, lastVisit, sinceLastVisit, List.copyOf(rest));
  }

  boolean isWholeDiary() {
    return lastNights.isEmpty() && from.isEmpty() && to.isEmpty() && !sinceLastVisit;
  }

  /**
   * The last visit {@code --last-visit DATE} describes for this diary: it saw the nights from the
   * first up to the night before DATE. Empty without the option.
   *
   * @throws Invalid when the diary has no night before DATE
   */
  Optional<LastVisit> visitOf(Diary diary) throws Invalid {
    if (lastVisit.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = lastVisit.get();
    Optional<LocalDate> first = diary.firstNight();
    if (first.isEmpty() || !first.get().isBefore(day)) {
      throw new Invalid("--last-visit " + day + ": the diary has no night before that day to compare with");
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

  private static String value(List<String> args, int i, String option) throws Invalid {
    if (i >= args.size()) {
      throw new Invalid(option + " needs a value");
    }
    return args.get(i);
  }

  private static LocalDate date(String text, String option) throws Invalid {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new Invalid(option + " takes a date YYYY-MM-DD, not '" + text + "'");
    }
  }
}
