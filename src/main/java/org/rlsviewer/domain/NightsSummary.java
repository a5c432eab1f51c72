package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A stretch of nights summarised: one week of the diary (seven calendar nights counted from the first
 * night, the last week possibly shorter), or the whole diary. Figures with no recorded night behind
 * them are empty, never zero.
 *
 * @param nightsInWeek calendar nights of the stretch
 * @param medianTotalSleepMin see {@link NightSleep} for how total sleep time is estimated
 * @param lateCaffeineNights nights whose last caffeine was after the cut-off of the analysis
 * @param magnesiumNights nights with a magnesium dose above 0 mg
 * @param medianMagnesiumMg median dose of those nights
 */
public record NightsSummary(
    LocalDate start,
    LocalDate end,
    int nightsLogged,
    int nightsInWeek,
    OptionalDouble medianSeverity,
    OptionalInt minSeverity,
    OptionalInt maxSeverity,
    OptionalDouble meanAwakenings,
    OptionalDouble medianLatencyMin,
    OptionalDouble medianTimeInBedMin,
    OptionalDouble medianTotalSleepMin,
    OptionalDouble medianSleepEfficiencyPct,
    int nightsWithSymptoms,
    int caffeineNights,
    int lateCaffeineNights,
    int alcoholNights,
    int exerciseNights,
    int magnesiumNights,
    OptionalDouble medianMagnesiumMg) {}
