package org.rlsviewer.domain;

import java.util.List;

/**
 * What changed since the last visit: the figures of the nights that visit covered beside those of
 * the nights logged since, and the rules whose flags are new, still reported or no longer reported.
 * Flags are grouped by rule, red flags before cautions, most urgent first.
 */
public record VisitChanges(LastVisit lastVisit, VisitPeriod atLastVisit, VisitPeriod since, List<FlagChange> flags) {

  public VisitChanges {
    flags = List.copyOf(flags);
  }

  /** Whether any night was logged after the visit. */
  public boolean anythingSince() {
    return since.nightsLogged() > 0;
  }

  /** Nights logged (as a share), median severity, median awakenings and median sleep latency. */
  public List<FigureChange> figures() {
    return List.of(
        new FigureChange(FigureChange.Measure.NIGHTS_LOGGED, atLastVisit.loggedPercent(), since.loggedPercent()),
        new FigureChange(FigureChange.Measure.SEVERITY, atLastVisit.medianSeverity(), since.medianSeverity()),
        new FigureChange(FigureChange.Measure.AWAKENINGS, atLastVisit.medianAwakenings(), since.medianAwakenings()),
        new FigureChange(FigureChange.Measure.LATENCY, atLastVisit.medianLatencyMin(), since.medianLatencyMin()));
  }

  public List<FlagChange> flagsWith(FlagChange.Status status) {
    return flags.stream().filter(f -> f.status() == status).toList();
  }
}
