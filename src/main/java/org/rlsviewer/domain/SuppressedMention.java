package org.rlsviewer.domain;

/**
 * A mention a rule looked at but did not flag, for the clinician's "why not flagged?" list: the
 * rule, where the words are, and why they were set aside in plain words ({@code negated},
 * {@code hypothetical}, {@code historical}, {@code someone else}, joined by ", " when several apply).
 */
public record SuppressedMention(String ruleId, Evidence evidence, String reason) {}
