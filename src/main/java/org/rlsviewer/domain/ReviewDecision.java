package org.rlsviewer.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The clinician's decision on one flag, identified by {@link Flag#key()} so that it stays with the
 * same flag when the same evidence is imported again. {@code reason} is required for a dismissal;
 * {@code comment} is free text; both are empty strings when not given.
 */
public record ReviewDecision(
    String flagKey, ReviewStatus status, String reason, String comment, String reviewer, Instant decidedAt) {

  public ReviewDecision {
    Objects.requireNonNull(flagKey, "flagKey");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decidedAt, "decidedAt");
    reason = reason == null ? "" : reason.strip();
    comment = comment == null ? "" : comment.strip();
    reviewer = reviewer == null ? "" : reviewer.strip();
  }
}
