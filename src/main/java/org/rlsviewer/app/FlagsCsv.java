package org.rlsviewer.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rlsviewer.domain.Flag;

/** The {@code flags} command's CSV: an interface scripts parse, so columns are only ever appended. */
final class FlagsCsv {

  static final String HEADER = "date,rule,severity,field,evidence,certainty";

  private FlagsCsv() {
  }

  /** The header, then one row per flag, ordered by night, rule and field. */
  static List<String> lines(List<Flag> flags) {
    List<Flag> byDate = new ArrayList<>(flags);
    byDate.sort(Comparator.comparing((Flag f) -> f.evidence().date())
        .thenComparing(Flag::ruleId)
        .thenComparing(f -> f.evidence().field()));
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (Flag f : byDate) {
      lines.add(row(f));
    }
    return lines;
  }

  static String row(Flag f) {
    return String.join(",",
        f.evidence().date().toString(),
        f.ruleId(),
        f.urgency().label(),
        f.evidence().field().column(),
        CommandLine.csvField(f.evidence().matched()),
        f.certainty().label());
  }
}
