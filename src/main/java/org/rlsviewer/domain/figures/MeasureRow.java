package org.rlsviewer.domain.figures;

import java.util.List;
import org.rlsviewer.domain.MeasureComparison;
import org.rlsviewer.domain.Verdict;

/**
 * One measure of a trial period against baseline, written out: the verdict, both medians with their
 * nights, and the shift with its 95% interval and Mann-Whitney p-value, or the reason there are none.
 *
 * @param interval the 95% confidence interval of the shift, {@code -1.5 to +0.5}
 * @param tested whether the shift, interval and p-value were computed (else {@code reason} says why)
 */
public record MeasureRow(String measure, Verdict verdict, String baselineMedian, int baselineNights,
    String periodMedian, int periodNights, boolean tested, String shift, String interval, String pValue,
    String reason) {

  public static MeasureRow of(MeasureComparison m, FigureFormat format) {
    boolean tested = m.shift().isPresent() && m.ciLow().isPresent() && m.ciHigh().isPresent()
        && m.pValue().isPresent();
    return new MeasureRow(m.measure().label(), m.verdict(), format.number(m.baselineMedian()), m.baselineNights(),
        format.number(m.periodMedian()), m.periodNights(), tested, format.signed(m.shift()),
        m.ciLow().isPresent() && m.ciHigh().isPresent()
            ? format.signed(m.ciLow()) + " to " + format.signed(m.ciHigh()) : format.missing(),
        format.pValue(m.pValue()), m.reason());
  }

  public static List<MeasureRow> of(List<MeasureComparison> measures, FigureFormat format) {
    return measures.stream().map(m -> of(m, format)).toList();
  }

  public String verdictLabel() {
    return verdict.label();
  }

  /** {@code 6.5 (14)}: a median with its nights. */
  public String baseline() {
    return baselineMedian + " (" + baselineNights + ")";
  }

  public String period() {
    return periodMedian + " (" + periodNights + ")";
  }
}
