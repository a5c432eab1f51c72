package org.rlsviewer.analysis;

/** Which leg a finding concerns, as far as the patient's words say. */
enum Laterality {
  LEFT,
  RIGHT,
  /** One leg, side not named ("one leg", "one ankle"). */
  ONE_SIDE,
  BOTH,
  UNSPECIFIED;

  boolean oneLeg() {
    return this == LEFT || this == RIGHT || this == ONE_SIDE;
  }
}
