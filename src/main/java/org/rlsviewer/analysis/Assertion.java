package org.rlsviewer.analysis;

/**
 * How the text presents a finding, in the manner of ConText: negated, hypothetical (or only
 * possible), historical, or belonging to someone other than the patient. A finding with none of
 * these is affirmed. {@code uncertain} says the reader could not confidently decide: such a mention
 * is flagged as possible rather than set aside.
 */
record Assertion(boolean negated, boolean hypothetical, boolean historical, boolean otherPerson,
    boolean uncertain) {

  static final Assertion AFFIRMED = new Assertion(false, false, false, false, false);

  Assertion(boolean negated, boolean hypothetical, boolean historical, boolean otherPerson) {
    this(negated, hypothetical, historical, otherPerson, false);
  }

  /**
   * The rules flag this mention: affirmed, or set aside by a cue the reader is not confident of
   * (then the flag is marked possible, see {@link #uncertain}).
   */
  boolean flaggable() {
    return affirmed() || uncertain;
  }

  boolean affirmed() {
    return !negated && !hypothetical && !historical && !otherPerson;
  }
}
