package org.rlsviewer.domain;

import java.util.OptionalDouble;

/**
 * An IRLS total beside the diary's own severity trend: the median nightly severity (0-10) of the
 * seven nights ending on the total's date, and how many of them were rated.
 */
public record IrlsReading(IrlsScore score, OptionalDouble weekSeverityMedian, int nightsRated) {}
