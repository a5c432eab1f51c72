package org.rlsviewer.analysis;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a context trigger does, by the tag it carries in a trigger list. The first six tags are
 * those of the NegEx trigger file, so a NegEx list can be read as it is.
 */
enum TriggerKind {
  /** Negates a finding that follows it ("no", "denies", "without"). */
  NEGATION_BEFORE("PREN"),
  /** Negates a finding just before it ("is gone", "went away"). */
  NEGATION_AFTER("POST"),
  /** Looks like a trigger but is not one ("no change", "not only"). */
  PSEUDO("PSEU"),
  /** Ends the scope of a trigger ("but", "however"). */
  TERMINATOR("CONJ"),
  /** Makes a following finding hypothetical or only possible ("if", "in case", "not sure if"). */
  HYPOTHETICAL_BEFORE("PREP"),
  /** Makes a preceding finding only possible ("might come back"). */
  HYPOTHETICAL_AFTER("POSP"),
  /** Puts a following finding in the past ("used to", "as a child"). */
  HISTORICAL_BEFORE("HISP"),
  /** Puts a preceding finding in the past ("years ago"). */
  HISTORICAL_AFTER("HIST"),
  /** Someone other than the patient has the following finding ("my mother", "husband"). */
  OTHER_PERSON_BEFORE("EXPP"),
  /** A first-person word: after another person's trigger it hands the finding back to the patient. */
  FIRST_PERSON("SELF"),
  /**
   * The phrase's other kinds are a weak cue ("might", "I think", "stopped", "when I was"): what it sets
   * aside is flagged as possible, not dropped.
   */
  TENTATIVE("TENT"),
  /** Opens a question about a condition ("kann", "puede", "est-ce que"): with a closing "?", hypothetical. */
  QUESTION_OPENER("QUES"),
  /**
   * A time before the note's now, in the finding's clause ("yesterday", "this morning", "at first",
   * "looked"): a resolution later in the sentence, even past "but", sets the finding aside
   * ("swollen yesterday but back to normal today").
   */
  EARLIER("EARL");

  private final String tag;

  TriggerKind(String tag) {
    this.tag = tag;
  }

  String tag() {
    return tag;
  }

  static Optional<TriggerKind> forTag(String tag) {
    return Arrays.stream(values()).filter(k -> k.tag.equalsIgnoreCase(tag)).findFirst();
  }

  boolean before() {
    return this == NEGATION_BEFORE || this == HYPOTHETICAL_BEFORE || this == HISTORICAL_BEFORE
        || this == OTHER_PERSON_BEFORE;
  }

  boolean after() {
    return this == NEGATION_AFTER || this == HYPOTHETICAL_AFTER || this == HISTORICAL_AFTER;
  }
}
