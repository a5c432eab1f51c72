package org.rlsviewer.domain.figures;

import java.util.List;
import java.util.stream.Collectors;
import org.rlsviewer.domain.PeriodKind;
import org.rlsviewer.domain.SideEffectCount;
import org.rlsviewer.domain.TrialPeriod;

/**
 * One period of a magnesium trial (baseline, a dose level, stopped), written out.
 *
 * @param dose for a dose period {@code 30 nights, median 250 mg}; the missing mark otherwise
 * @param sideEffects {@code diarrhoea on 11 nights, nausea on 1 night}; empty when none was noted
 */
public record TrialPeriodRow(String label, String first, String last, String dates, int nightsLogged,
    int nightsInPeriod, boolean dosePeriod, int nightsDosed, String dose, String sideEffects,
    List<SideEffectCount> sideEffectCounts) {

  public TrialPeriodRow {
    sideEffectCounts = List.copyOf(sideEffectCounts);
  }

  public static TrialPeriodRow of(TrialPeriod p, FigureFormat format) {
    boolean dosed = p.kind() == PeriodKind.DOSE;
    return new TrialPeriodRow(p.label(), p.first().toString(), p.last().toString(), format.dates(p.first(), p.last()),
        p.nightsLogged(), p.nightsInPeriod(), dosed, p.nightsDosed(),
        dosed ? p.nightsDosed() + " nights, median " + format.number(p.medianDoseMg()) + " mg" : format.missing(),
        p.sideEffects().stream().map(s -> s.effect() + " on " + FigureFormat.plural(s.nights(), "night"))
            .collect(Collectors.joining(", ")),
        p.sideEffects());
  }

  public static List<TrialPeriodRow> of(List<TrialPeriod> periods, FigureFormat format) {
    return periods.stream().map(p -> of(p, format)).toList();
  }

  /** {@code 30 of 35}: nights logged of the period's calendar nights. */
  public String logged() {
    return nightsLogged + " of " + nightsInPeriod;
  }
}
