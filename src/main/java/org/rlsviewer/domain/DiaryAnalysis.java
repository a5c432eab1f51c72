package org.rlsviewer.domain;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The diary's sleep, trial and lifestyle summary: what the clinician reads besides the red flags.
 *
 * @param overall the whole diary summarised like one long week; empty without nights
 * @param caffeineCutoff caffeine after this time of day counts as late
 */
public record DiaryAnalysis(
    List<NightSleep> nights,
    Optional<NightsSummary> overall,
    List<NightsSummary> weeks,
    TrialAnalysis trial,
    List<LifestyleFactor> lifestyle,
    DiaryGaps gaps,
    LocalTime caffeineCutoff) {

  public DiaryAnalysis {
    nights = List.copyOf(nights);
    weeks = List.copyOf(weeks);
    lifestyle = List.copyOf(lifestyle);
  }
}
