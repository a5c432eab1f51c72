package org.rlsviewer.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Everything the rules and analysis say about one diary; flags sorted urgent first, then by date.
 * {@code suppressed} lists the mentions the rules set aside (negated, hypothetical, historical or
 * someone else's), in diary order, so the clinician can see why they were not flagged.
 * {@code cautionRuleIds} names the rules whose flags are cautions rather than red flags.
 */
public record Findings(String ruleSetVersion, List<Flag> flags, List<SuggestedTest> tests, KeyFigures figures,
    List<SuppressedMention> suppressed, Set<String> cautionRuleIds) {

  public Findings {
    flags = flags.stream()
        .sorted(Comparator.comparing(Flag::urgency)
            .thenComparing(f -> f.evidence().date())
            .thenComparing(Flag::ruleId))
        .toList();
    tests = List.copyOf(tests);
    suppressed = List.copyOf(suppressed);
    cautionRuleIds = Set.copyOf(cautionRuleIds);
  }

  /** Findings without suppressed mentions, every flag a red flag. */
  public Findings(String ruleSetVersion, List<Flag> flags, List<SuggestedTest> tests, KeyFigures figures) {
    this(ruleSetVersion, flags, tests, figures, List.of(), Set.of());
  }

  /** True when the flag comes from a caution rule (magnesium dose, a medicine ...), not a red flag. */
  public boolean isCaution(Flag flag) {
    return cautionRuleIds.contains(flag.ruleId());
  }

  /** The red flags, urgent first. */
  public List<Flag> redFlags() {
    return flags.stream().filter(f -> !isCaution(f)).toList();
  }

  /** The cautions, most urgent first. */
  public List<Flag> cautions() {
    return flags.stream().filter(this::isCaution).toList();
  }
}
