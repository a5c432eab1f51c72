package org.rlsviewer.domain.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.Flag;

/**
 * Flags of one rule with the same urgency and wording, listed once with their nights, as the
 * summary command and page one of the visit summary show them. The flags keep their order (most
 * urgent first when the findings are so ordered).
 */
public record FlagGroup(List<Flag> flags) {

  public FlagGroup {
    flags = List.copyOf(flags);
    if (flags.isEmpty()) {
      throw new IllegalArgumentException("a flag group has at least one flag");
    }
  }

  /**
   * Groups by urgency, rule, title and why; with {@code byCertainty}, possible flags also make groups
   * of their own.
   */
  public static List<FlagGroup> of(List<Flag> flags, boolean byCertainty) {
    Map<String, List<Flag>> groups = new LinkedHashMap<>();
    for (Flag flag : flags) {
      String key = flag.urgency() + "|" + flag.ruleId() + "|" + flag.title() + "|" + flag.rationale()
          + (byCertainty ? "|" + flag.certainty() : "");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(flag);
    }
    return groups.values().stream().map(FlagGroup::new).toList();
  }

  /** The flag whose urgency, rule and wording the group shows. */
  public Flag first() {
    return flags.get(0);
  }

  /** The group's nights, each once, as dates. */
  public List<String> nights() {
    return flags.stream().map(f -> f.evidence().date().toString()).distinct().toList();
  }

  /** "definite", "possible" when every flag of the group is, else "possible on K of N flags". */
  public String certainty() {
    long possible = flags.stream().filter(Flag::possible).count();
    if (possible == 0) {
      return "definite";
    }
    return possible == flags.size() ? "possible" : "possible on " + possible + " of " + flags.size() + " flags";
  }
}
