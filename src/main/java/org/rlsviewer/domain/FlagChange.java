package org.rlsviewer.domain;

/**
 * A rule's flags across a visit: on how many nights it fired in the period the last visit covered
 * and since, and so whether it is new, still reported, or not reported since.
 */
public record FlagChange(String ruleId, String title, Urgency urgency, boolean caution, int nightsAtLastVisit,
    int nightsSince) {

  /** How a rule's flags changed. */
  public enum Status {
    NEW, CONTINUING, NOT_SINCE;

    public String label() {
      return switch (this) {
        case NEW -> "new since the last visit";
        case CONTINUING -> "still reported";
        case NOT_SINCE -> "not reported since the last visit";
      };
    }
  }

  public FlagChange {
    if (nightsAtLastVisit == 0 && nightsSince == 0) {
      throw new IllegalArgumentException("a rule that fired in neither period is not a change");
    }
  }

  public Status status() {
    if (nightsAtLastVisit == 0) {
      return Status.NEW;
    }
    return nightsSince == 0 ? Status.NOT_SINCE : Status.CONTINUING;
  }

  /** Up for more flagged nights since than at the last visit. */
  public ChangeDirection direction() {
    return ChangeDirection.of(java.util.OptionalDouble.of(nightsAtLastVisit), java.util.OptionalDouble.of(nightsSince));
  }
}
