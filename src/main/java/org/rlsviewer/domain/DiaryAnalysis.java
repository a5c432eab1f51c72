package org.rlsviewer.domain;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The diary's sleep, trial and lifestyle summary: what the clinician reads besides the red flags.
 *
 * @param overall the whole diary summarised like one long week; empty without nights
 * @param caffeineCutoff caffeine after this time of day counts as late
 * @param irls IRLS totals from the diary's optional {@code irls_total} column
 */
public record DiaryAnalysis(
    List<NightSleep> nights,
    Optional<NightsSummary> overall,
    List<NightsSummary> weeks,
    TrialAnalysis trial,
    List<LifestyleFactor> lifestyle,
    DiaryGaps gaps,
    LocalTime caffeineCutoff,
    IrlsTotals irls) {

  public DiaryAnalysis {
    irls = irls == null ? IrlsTotals.none() : irls;
    nights = List.copyOf(nights);
    weeks = List.copyOf(weeks);
    lifestyle = List.copyOf(lifestyle);
  }

  /** An analysis without IRLS totals. */
  public DiaryAnalysis(List<NightSleep> nights, Optional<NightsSummary> overall, List<NightsSummary> weeks,
      TrialAnalysis trial, List<LifestyleFactor> lifestyle, DiaryGaps gaps, LocalTime caffeineCutoff) {
    this(nights, overall, weeks, trial, lifestyle, gaps, caffeineCutoff, IrlsTotals.none());
  }

  /** The same analysis with other IRLS totals (e.g. with the clinician's added). */
  public DiaryAnalysis withIrls(IrlsTotals totals) {
    return new DiaryAnalysis(nights, overall, weeks, trial, lifestyle, gaps, caffeineCutoff, totals);
  }
}
