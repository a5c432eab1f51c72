package org.rlsviewer.domain;

import java.util.OptionalDouble;

/**
 * Nightly severity on nights with and without one lifestyle factor (late caffeine, alcohol,
 * exercise). Nights where the factor or the severity was not recorded are left out of both groups.
 * The difference is median with − median without; it shows an association in this diary only.
 *
 * @param factor what was compared, e.g. {@code caffeine after 15:00}
 * @param fewNights true when either group has fewer nights than {@code minimumNights}, so the
 *     difference should not be read as a pattern
 */
public record LifestyleFactor(
    String factor,
    int nightsWith,
    int nightsWithout,
    OptionalDouble medianSeverityWith,
    OptionalDouble medianSeverityWithout,
    OptionalDouble difference,
    boolean fewNights,
    int minimumNights) {}
