package org.rlsviewer.analysis;

import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;

/** Turns a rule firing into a {@link Flag} with the wording of {@link RuleTexts}. */
final class FlagMaker {

  private final RuleTexts texts;

  FlagMaker(RuleTexts texts) {
    this.texts = texts;
  }

  Flag flag(String ruleId, Laterality side, Evidence evidence) {
    if (ruleId.equals(RuleSet.SWELLING)) {
      return swelling(side, evidence);
    }
    return new Flag(ruleId, texts.text(ruleId + ".title"), texts.urgency(ruleId + ".urgency"), evidence,
        texts.text(ruleId + ".rationale"), texts.text(ruleId + ".basis"), RuleSet.VERSION);
  }

  private Flag swelling(Laterality side, Evidence evidence) {
    String title = texts.text("swelling." + side.name() + ".title");
    if (side.oneLeg()) {
      return new Flag(RuleSet.SWELLING, title, texts.urgency("swelling.oneLeg.urgency"), evidence,
          texts.text("swelling.oneLeg.rationale"), texts.text("swelling.oneLeg.basis"), RuleSet.VERSION);
    }
    return new Flag(RuleSet.SWELLING, title, texts.urgency("swelling." + side.name() + ".urgency"), evidence,
        texts.text("swelling." + side.name() + ".rationale"), texts.text("swelling.bothLegs.basis"),
        RuleSet.VERSION);
  }
}
