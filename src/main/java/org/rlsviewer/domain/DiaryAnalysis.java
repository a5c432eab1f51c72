package org.rlsviewer.domain;

import java.time.LocalTime;
import java.util.List;

/**
 * The diary's sleep, trial and lifestyle summary: what the clinician reads besides the red flags.
 *
 * @param caffeineCutoff caffeine after this time of day counts as late
 */
public record DiaryAnalysis(
    List<NightSleep> nights,
    List<WeekSummary> weeks,
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
