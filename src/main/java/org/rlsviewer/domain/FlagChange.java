package org.rlsviewer.domain;

/**
 * A rule's flags across a visit: on how many nights it fired in the period the last visit covered
 * and since, and so whether it is new, still reported, or not reported since.
 */
public record FlagChange(String ruleId, String title, Urgency urgency, boolean caution, int nightsAtLastVisit,
    int nightsSince) {

  /** How a rule's flags changed. */
  public enum Status {
    NEW("new since the last visit"),
    CONTINUING("still reported"),
    NOT_SINCE("not reported since the last visit");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
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
