package org.rlsviewer;

/** Rule-file text that tests of several layers write: one rule section in the documented format. */
public final class RuleTexts {

  private RuleTexts() {
  }

  /** A flag for weakness written in the notes, urgency soon, version 1, as a clinic might write it. */
  public static String weaknessRule(String rationale, String source) {
    return """
        [weakness]
        version: 1
        kind: flag
        urgency: soon
        trigger: note weakness
        title: Leg weakness
        rationale: %s
        source: %s
        """.formatted(rationale, source);
  }
}
