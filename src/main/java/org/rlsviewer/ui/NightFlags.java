package org.rlsviewer.ui;

import java.util.List;
import org.rlsviewer.domain.Urgency;

/**
 * What the nights table's flag cell says of a night: its most urgent flag's urgency and the rules
 * that flagged it, most urgent first, each named once. Sorts by urgency, most urgent first.
 */
record NightFlags(Urgency urgency, List<String> rules) implements Comparable<NightFlags> {

  NightFlags {
    rules = List.copyOf(rules);
  }

  /** The rules named in the cell: the first, and how many more ("Leg swelling, one side +1"). */
  String named() {
    return rules.isEmpty() ? "" : rules.get(0) + (rules.size() > 1 ? " +" + (rules.size() - 1) : "");
  }

  @Override
  public int compareTo(NightFlags other) {
    return urgency.compareTo(other.urgency);
  }
}
