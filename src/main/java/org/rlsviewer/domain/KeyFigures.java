package org.rlsviewer.domain;

import java.util.OptionalDouble;

/**
 * Headline figures of a diary: nights logged out of nights in its period, the median nightly
 * severity (empty when no night rated it), and nights with any symptoms (severity above 0).
 */
public record KeyFigures(
    int nightsInPeriod, int nightsLogged, int nightsRated, OptionalDouble medianSeverity,
    int nightsWithSymptoms) {}
