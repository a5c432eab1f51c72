package org.rlsviewer.analysis;

import java.util.List;

/** Identity of the rule set: its version, printed with every finding, and the stable rule ids. */
final class RuleSet {

  /** Bumped whenever a rule, a trigger list or a concept list changes what is flagged. */
  static final String VERSION = "2026.11-1";

  static final String WEAKNESS = "weakness";
  static final String NUMBNESS = "numbness";
  static final String SWELLING = "swelling";
  static final String APNEA = "apnea";

  /** Rules read from free text, each named after the lexicon concept it fires on. */
  static final List<String> TEXT_RULES = List.of(WEAKNESS, NUMBNESS, SWELLING, APNEA);

  private RuleSet() {}
}
