package org.rlsviewer.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The clinician's review of one patient's diary: the latest decision per flag (by flag key; a flag
 * without a decision is open) and the visit notes.
 */
public record Review(Map<String, ReviewDecision> decisions, VisitNotes notes) {

  public Review {
    decisions = Map.copyOf(decisions);
  }

  public static Review empty() {
    return new Review(Map.of(), VisitNotes.empty());
  }

  public Optional<ReviewDecision> decisionFor(Flag flag) {
    // a flag's key is built anew on every call: a review with no decisions (most first opens, where
    // the window counts thousands of flags several times) need not build any
    return decisions.isEmpty() ? Optional.empty() : Optional.ofNullable(decisions.get(flag.key()));
  }

  public ReviewStatus statusOf(Flag flag) {
    return decisionFor(flag).map(ReviewDecision::status).orElse(ReviewStatus.OPEN);
  }

  /** How many of the flags still wait for review: no decision yet, or set back to open. */
  public int openCount(Collection<Flag> flags) {
    return (int) flags.stream().filter(f -> statusOf(f) == ReviewStatus.OPEN).count();
  }
}
