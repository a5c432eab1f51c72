package org.rlsviewer.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Everything the rules and analysis say about one diary; flags sorted urgent first, then by date.
 * {@code suppressed} lists the mentions the rules set aside (negated, hypothetical, historical or
 * someone else's), in diary order, so the clinician can see why they were not flagged.
 */
public record Findings(String ruleSetVersion, List<Flag> flags, List<SuggestedTest> tests, KeyFigures figures,
    List<SuppressedMention> suppressed) {

  public Findings {
    flags = flags.stream()
        .sorted(Comparator.comparing(Flag::urgency)
            .thenComparing(f -> f.evidence().date())
            .thenComparing(Flag::ruleId))
        .toList();
    tests = List.copyOf(tests);
    suppressed = List.copyOf(suppressed);
  }

  /** Findings without a list of suppressed mentions. */
  public Findings(String ruleSetVersion, List<Flag> flags, List<SuggestedTest> tests, KeyFigures figures) {
    this(ruleSetVersion, flags, tests, figures, List.of());
  }
}
