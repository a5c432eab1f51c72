package org.rlsviewer.analysis;

import org.rlsviewer.domain.Urgency;

/**
 * One rule of a rule set, as read from a rule file: its stable id, own version, kind, urgency, what
 * makes it fire ({@code trigger} plus an optional {@code argument}), its wording and its source.
 *
 * @param line the line of the rule file where the rule's block starts
 */
public record Rule(
    String id, int version, RuleKind kind, Urgency urgency, String trigger, String argument, String title,
    String rationale, String source, boolean enabled, int line) {

  /** The trigger as written in the file, e.g. {@code magnesium-dose 350}. */
  public String triggerText() {
    return argument.isEmpty() ? trigger : trigger + " " + argument;
  }
}
