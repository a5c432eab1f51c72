package org.rlsviewer.domain.figures;

import java.util.List;
import org.rlsviewer.domain.IrlsReading;
import org.rlsviewer.domain.IrlsScore;

/**
 * One IRLS total (0-40) with its band, beside the diary's own median severity in the week ending on
 * its date ({@code weekMedian} is the missing mark when no night was rated) and where it came from.
 */
public record IrlsRow(String date, int total, String band, String weekMedian, boolean weekRated, int nightsRated,
    String source, IrlsScore score) {

  public static final String FROM_DIARY = "diary";
  public static final String FROM_CLINICIAN = "entered by the clinician";

  public static IrlsRow of(IrlsReading r, FigureFormat format) {
    IrlsScore s = r.score();
    return new IrlsRow(s.date().toString(), s.total(), s.band().label(), format.number(r.weekSeverityMedian()),
        r.weekSeverityMedian().isPresent(), r.nightsRated(),
        s.source() == IrlsScore.Source.DIARY ? FROM_DIARY : FROM_CLINICIAN, s);
  }

  public static List<IrlsRow> of(List<IrlsReading> readings, FigureFormat format) {
    return readings.stream().map(r -> of(r, format)).toList();
  }

  /** {@code 24 of 40}. */
  public String totalOf40() {
    return total + " of 40";
  }
}
