package org.rlsviewer.domain;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One week of the diary (seven calendar nights counted from the first night, the last week possibly
 * shorter). Figures with no recorded night behind them are empty, never zero.
 *
 * @param nightsInWeek calendar nights of this week that fall inside the diary's period
 * @param lateCaffeineNights nights whose last caffeine was after the cut-off of the analysis
 * @param magnesiumNights nights with a magnesium dose above 0 mg
 * @param medianMagnesiumMg median dose of those nights
 */
public record WeekSummary(
    LocalDate start,
    LocalDate end,
    int nightsLogged,
    int nightsInWeek,
    OptionalDouble medianSeverity,
    OptionalInt minSeverity,
    OptionalInt maxSeverity,
    OptionalDouble meanAwakenings,
    OptionalDouble medianLatencyMin,
    OptionalDouble medianSleepEfficiencyPct,
    int nightsWithSymptoms,
    int caffeineNights,
    int lateCaffeineNights,
    int alcoholNights,
    int exerciseNights,
    int magnesiumNights,
    OptionalDouble medianMagnesiumMg) {}
