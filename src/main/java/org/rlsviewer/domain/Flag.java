package org.rlsviewer.domain;

/**
 * One rule firing on one night. {@code rationale} is the plain-language "consider / review" text;
 * {@code basis} cites the guideline or source behind the rule.
 */
public record Flag(
    String ruleId, String title, Urgency urgency, Evidence evidence, String rationale, String basis,
    String ruleSetVersion, Certainty certainty) {

  public Flag {
    certainty = certainty == null ? Certainty.DEFINITE : certainty;
  }

  /** A definite flag. */
  public Flag(String ruleId, String title, Urgency urgency, Evidence evidence, String rationale, String basis,
      String ruleSetVersion) {
    this(ruleId, title, urgency, evidence, rationale, basis, ruleSetVersion, Certainty.DEFINITE);
  }

  public boolean possible() {
    return certainty == Certainty.POSSIBLE;
  }

  /**
   * Identity of the flag for review decisions: the rule, the night, the field and the words
   * matched. The same evidence imported again gives the same key; changed evidence a new one.
   */
  public String key() {
    return ruleId + "|" + evidence.date() + "|" + evidence.field().column() + "|"
        + evidence.matched().strip().toLowerCase(java.util.Locale.ROOT);
  }
}
