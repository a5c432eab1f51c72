package org.rlsviewer.domain.figures;

import java.util.List;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.NightsSummary;

/** One key figure of a diary, its label and its value written out: {@code nights logged: 33 of 35}. */
public record KeyFigureRow(String label, String value) {

  /**
   * The whole diary's figures as the command line lists them (lower-case labels, which scripts read).
   */
  public static List<KeyFigureRow> of(NightsSummary all, FigureFormat format) {
    String range = format.range(all.minSeverity(), all.maxSeverity());
    return List.of(
        new KeyFigureRow("period", format.dates(all.start(), all.end())),
        new KeyFigureRow("nights logged", all.nightsLogged() + " of " + all.nightsInWeek()),
        new KeyFigureRow("median severity (0-10)", format.number(all.medianSeverity())
            + (range.isEmpty() ? "" : " (range " + range + ")")),
        new KeyFigureRow("nights with symptoms", String.valueOf(all.nightsWithSymptoms())),
        new KeyFigureRow("median time in bed", format.minutes(all.medianTimeInBedMin())),
        new KeyFigureRow("median sleep onset latency", format.minutes(all.medianLatencyMin())),
        new KeyFigureRow("median total sleep time", format.minutes(all.medianTotalSleepMin())
            + " (time in bed minus latency; time awake after sleep onset is not recorded, so an upper estimate)"),
        new KeyFigureRow("median sleep efficiency", format.percent(all.medianSleepEfficiencyPct())),
        new KeyFigureRow("mean awakenings", format.number(all.meanAwakenings())));
  }

  /** The figures of the nights shown, as page one of the visit summary and the window's overview give them. */
  public static List<KeyFigureRow> of(KeyFigures k, FigureFormat format) {
    return List.of(
        new KeyFigureRow("Nights logged", k.nightsLogged() + " of " + k.nightsInPeriod() + (k.nightsInPeriod() == 0
            ? "" : " (" + format.percent(100.0 * k.nightsLogged() / k.nightsInPeriod()) + ")")),
        new KeyFigureRow("Median severity", k.medianSeverity().isPresent()
            ? format.number(k.medianSeverity()) + " of 10 (" + FigureFormat.plural(k.nightsRated(), "night") + " rated)"
            : "no night rated"),
        new KeyFigureRow("Nights with symptoms", k.nightsWithSymptoms() + " of " + k.nightsRated() + " rated"));
  }
}
