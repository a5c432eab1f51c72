package org.rlsviewer.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Diary;

/**
 * The date-range options shared by {@code flags}, {@code summary} and {@code report}:
 * {@code --last N} (the diary's last N nights), {@code --from DATE} and {@code --to DATE}.
 */
record RangeArguments(Optional<Integer> lastNights, Optional<LocalDate> from, Optional<LocalDate> to,
    List<String> rest) {

  static final String HELP = "[--last N | --from YYYY-MM-DD --to YYYY-MM-DD]";

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
            throw new Invalid("--last takes a number of nights (1 or more), not '" + n + "'");
          }
        }
        case "--from" -> from = Optional.of(date(value(args, ++i, a), a));
        case "--to" -> to = Optional.of(date(value(args, ++i, a), a));
        default -> rest.add(a);
      }
    }
    if (last.isPresent() && (from.isPresent() || to.isPresent())) {
      throw new Invalid("--last cannot be combined with --from or --to");
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new Invalid("--from " + from.get() + " is after --to " + to.get());
    }
    return new RangeArguments(last, from, to, List.copyOf(rest));
  }

  boolean isWholeDiary() {
    return lastNights.isEmpty() && from.isEmpty() && to.isEmpty();
  }

  /** The range for this diary: the last N nights count back from its last night. */
  DateRange resolve(Diary diary) {
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
