package org.rlsviewer.domain.figures;

import java.util.List;
import org.rlsviewer.domain.LifestyleFactor;

/**
 * One lifestyle factor: nights with and without it, the median severity of each and the difference,
 * and a note when the comparison should not be read as a pattern (empty otherwise).
 */
public record LifestyleRow(String factor, String nightsWith, String nightsWithout, String medianWith,
    String medianWithout, String difference, String note) {

  public static final String NOT_RECORDED = "not recorded in this diary";

  public static LifestyleRow of(LifestyleFactor f, FigureFormat format) {
    String note = f.nightsWith() + f.nightsWithout() == 0 ? NOT_RECORDED
        : f.fewNights() ? "few nights: fewer than " + f.minimumNights() + " on one side, not a pattern" : "";
    return new LifestyleRow(f.factor(), String.valueOf(f.nightsWith()), String.valueOf(f.nightsWithout()),
        format.number(f.medianSeverityWith()), format.number(f.medianSeverityWithout()),
        format.signed(f.difference()), note);
  }

  public static List<LifestyleRow> of(List<LifestyleFactor> factors, FigureFormat format) {
    return factors.stream().map(f -> of(f, format)).toList();
  }

  /** The cells in column order. */
  public List<String> cells() {
    return List.of(factor, nightsWith, nightsWithout, medianWith, medianWithout, difference, note);
  }
}
