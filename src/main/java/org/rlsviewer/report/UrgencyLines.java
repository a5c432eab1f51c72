package org.rlsviewer.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.figures.FigureFormat;

/**
 * The urgency banner's wording at the top of the PDF's page one: one line per rule (and title, so
 * one side of the body is not mixed with the other) with an open urgent or soon flag, urgent first,
 * e.g. "URGENT · Swelling of one leg · 3 nights, last 2024-05-02 · consider same-day assessment ...".
 * The window's banner words the same thing (issue 17.1); kept small so the two can become one class.
 */
final class UrgencyLines {

  /** One banner line and the urgency that colours it. */
  record Line(Urgency urgency, String text) {}

  private UrgencyLines() {}

  static List<Line> of(List<Flag> flags, Review review) {
    Map<String, List<Flag>> groups = new LinkedHashMap<>();
    for (Flag flag : flags) {
      if ((flag.urgency() == Urgency.URGENT || flag.urgency() == Urgency.SOON)
          && review.statusOf(flag) == ReviewStatus.OPEN) {
        groups.computeIfAbsent(flag.urgency() + "|" + flag.ruleId() + "|" + flag.title(), k -> new ArrayList<>())
            .add(flag);
      }
    }
    record Group(Urgency urgency, LocalDate last, String text) {}
    List<Group> lines = new ArrayList<>();
    for (List<Flag> group : groups.values()) {
      Flag first = group.get(0);
      TreeSet<LocalDate> nights = new TreeSet<>();
      group.forEach(f -> nights.add(f.evidence().date()));
      String text = first.urgency().name() + " \u00b7 " + first.title() + " \u00b7 "
          + FigureFormat.plural(nights.size(), "night") + ", last " + nights.last()
          + consider(first.rationale()).map(c -> " \u00b7 " + c).orElse("");
      lines.add(new Group(first.urgency(), nights.last(), text));
    }
    lines.sort(Comparator.comparing(Group::urgency).thenComparing(Group::last, Comparator.reverseOrder()));
    return lines.stream().map(g -> new Line(g.urgency(), g.text())).toList();
  }

  /** The "consider ..." clause of a rule's rationale, up to the end of its clause. */
  static java.util.Optional<String> consider(String rationale) {
    int at = rationale.toLowerCase(Locale.ROOT).indexOf("consider ");
    if (at < 0) {
      return java.util.Optional.empty();
    }
    int end = rationale.length();
    for (char stop : new char[] {';', '.'}) {
      int i = rationale.indexOf(stop, at);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return java.util.Optional.of("consider " + rationale.substring(at + "consider ".length(), end).strip());
  }
}
