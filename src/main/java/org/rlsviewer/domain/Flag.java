package org.rlsviewer.domain;

/**
 * One rule firing on one night. {@code rationale} is the plain-language "consider / review" text;
 * {@code basis} cites the guideline or source behind the rule.
 */
public record Flag(
    String ruleId, String title, Urgency urgency, Evidence evidence, String rationale, String basis,
    String ruleSetVersion) {}
