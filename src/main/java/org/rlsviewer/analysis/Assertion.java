package org.rlsviewer.analysis;

/**
 * How the text presents a finding, in the manner of ConText: negated, hypothetical (or only
 * possible), historical, or belonging to someone other than the patient. A finding with none of
 * these is affirmed.
 */
record Assertion(boolean negated, boolean hypothetical, boolean historical, boolean otherPerson) {

  static final Assertion AFFIRMED = new Assertion(false, false, false, false);

  boolean affirmed() {
    return !negated && !hypothetical && !historical && !otherPerson;
  }
}
