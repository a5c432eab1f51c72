package org.rlsviewer.domain;

import java.util.Comparator;
import java.util.List;

/** Everything the rules and analysis say about one diary; flags sorted urgent first, then by date. */
public record Findings(String ruleSetVersion, List<Flag> flags, List<SuggestedTest> tests, KeyFigures figures) {

  public Findings {
    flags = flags.stream()
        .sorted(Comparator.comparing(Flag::urgency)
            .thenComparing(f -> f.evidence().date())
            .thenComparing(Flag::ruleId))
        .toList();
    tests = List.copyOf(tests);
  }
}
