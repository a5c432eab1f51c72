package org.rlsviewer.domain;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * All a visit summary document shows: the diary, how it was read, what the rules found, what the
 * analysis found (sleep, weeks, magnesium trial, lifestyle), and when it was generated.
 */
public record VisitSummary(
    Diary diary, ImportReport importReport, Findings findings, Optional<DiaryAnalysis> analysis,
    LocalDateTime generatedAt, String programVersion) {

  public VisitSummary {
    analysis = analysis == null ? Optional.empty() : analysis;
  }

  /** A summary without the diary analysis sections. */
  public VisitSummary(
      Diary diary, ImportReport importReport, Findings findings, LocalDateTime generatedAt, String programVersion) {
    this(diary, importReport, findings, Optional.empty(), generatedAt, programVersion);
  }
}
