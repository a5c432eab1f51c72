package org.rlsviewer.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The sleep and symptom figures of one night, after the Consensus Sleep Diary. Each figure is empty
 * when the diary does not allow it to be computed for that night; it is never filled with zero.
 *
 * <p>Format v1 has no out-of-bed time, no "time tried to sleep" and no minutes awake after sleep
 * onset, so: time in bed runs from {@code bedtime} to {@code wake_time} (the patient is taken to
 * rise at the final waking and to try to sleep on going to bed); total sleep time is time in bed
 * minus sleep onset latency, which assumes no time awake after sleep onset and so is an upper
 * estimate whenever the night had awakenings; sleep efficiency is total sleep time over time in bed.
 *
 * @param timeInBedMin minutes from bedtime to final waking (a wake time before bedtime is the next
 *     morning); empty when either time is missing or the span is implausible (0 or over 18 hours)
 * @param sleepOnsetLatencyMin minutes to fall asleep, as the patient wrote it
 * @param totalSleepMin time in bed minus latency; empty when either is missing or latency exceeds it
 * @param sleepEfficiencyPct total sleep time / time in bed × 100
 * @param awakenings number of awakenings as written
 * @param symptomStart when the symptoms began
 * @param symptomMinutes how long they lasted in total
 */
public record NightSleep(
    LocalDate date,
    OptionalInt timeInBedMin,
    OptionalInt sleepOnsetLatencyMin,
    OptionalInt totalSleepMin,
    OptionalDouble sleepEfficiencyPct,
    OptionalInt awakenings,
    Optional<LocalTime> symptomStart,
    OptionalInt symptomMinutes) {}
