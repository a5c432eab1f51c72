package org.rlsviewer.domain.figures;

import java.util.OptionalDouble;
import org.rlsviewer.domain.ChangeDirection;
import org.rlsviewer.domain.FigureChange;
import org.rlsviewer.domain.FlagChange;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.domain.VisitPeriod;

/**
 * The words for changes since the last visit, shared by the PDF, the window and the command line so
 * all three say the same. Every direction is written as a word beside its symbol.
 */
public final class VisitChangesText {

  private VisitChangesText() {}

  /** E.g. "Compared with the visit on 2024-07-15 (nights 2024-07-01 to 2024-07-14)". */
  public static String comparedWith(LastVisit visit) {
    return "Compared with the " + visit.label();
  }

  /** E.g. "since: nights 2024-07-15 to 2024-08-11" or "since: no nights logged". */
  public static String sincePeriod(VisitChanges changes) {
    return changes.anythingSince() ? "since: nights " + changes.since().label() : "since: no nights logged";
  }

  /** A figure of one side: "20 of 21 nights (95%)", "7 of 10", "55 min", or "–" when missing. */
  public static String value(FigureChange figure, VisitPeriod period, boolean since) {
    OptionalDouble v = since ? figure.since() : figure.atLastVisit();
    if (figure.measure() == FigureChange.Measure.NIGHTS_LOGGED) {
      return period.nightsInPeriod() == 0 ? "\u2013"
          : period.nightsLogged() + " of " + period.nightsInPeriod() + " (" + Math.round(v.orElse(0)) + "%)";
    }
    if (v.isEmpty()) {
      return "\u2013";
    }
    return number(v.getAsDouble()) + " " + figure.measure().unit();
  }

  /** E.g. "▼ lower by 3", "= no change", "– not comparable". */
  public static String change(FigureChange figure) {
    return figure.direction().symbol() + " " + changeInWords(figure);
  }

  /** E.g. "lower by 3", "no change" (plain text, for the command line). */
  public static String changeInWords(FigureChange figure) {
    ChangeDirection d = figure.direction();
    String text = d.label();
    if (d == ChangeDirection.HIGHER || d == ChangeDirection.LOWER) {
      double by = Math.abs(figure.difference().getAsDouble());
      text += " by " + number(by) + switch (figure.measure()) {
        case NIGHTS_LOGGED -> " points";
        case LATENCY -> " min";
        default -> "";
      };
    }
    return text;
  }

  /** E.g. "Leg weakness: new since the last visit (2 nights)". */
  public static String flag(FlagChange change) {
    return flag(change, true);
  }

  /** As {@link #flag(FlagChange)}, with or without the direction's symbol. */
  public static String flag(FlagChange change, boolean symbol) {
    String direction = (symbol ? change.direction().symbol() + " " : "") + change.direction().label();
    String nights = switch (change.status()) {
      case NEW -> nights(change.nightsSince());
      case NOT_SINCE -> nights(change.nightsAtLastVisit()) + " before";
      case CONTINUING -> nights(change.nightsAtLastVisit()) + " before, " + nights(change.nightsSince()) + " since, "
          + direction;
    };
    return change.title() + (change.caution() ? " (caution)" : "") + ": " + change.status().label() + " (" + nights
        + ")";
  }

  /** What the flag lines say when no rule fired in either period. */
  public static final String NO_FLAGS = "No red flags or cautions in either period.";

  /** The reading note under the figures. */
  public static final String HOW_TO_READ = "Medians of the nights logged in each period. Direction only: review the"
      + " nights behind a figure before reading a change into it.";

  private static String nights(int n) {
    return FigureFormat.plural(n, "night");
  }

  private static String number(double value) {
    return FigureFormat.DISPLAY.number(value);
  }
}
