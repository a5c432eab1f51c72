package org.rlsviewer.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * All a visit summary document shows: the diary, how it was read, what the rules found, what the
 * analysis found (sleep, weeks, magnesium trial, lifestyle), the clinician's review (decisions on
 * flags, ticked tests, notes), who reviewed it, the range of nights it covers (the diary holds only
 * those), where the data came from, when it was generated, and what changed since the patient's
 * last visit (empty for a first visit).
 */
public record VisitSummary(
    Diary diary, ImportReport importReport, Findings findings, Optional<DiaryAnalysis> analysis,
    Review review, Clinician clinician, DateRange range, Optional<Provenance> provenance,
    LocalDateTime generatedAt, String programVersion, Optional<VisitChanges> changes) {

  public VisitSummary {
    changes = changes == null ? Optional.empty() : changes;
    analysis = analysis == null ? Optional.empty() : analysis;
    range = Objects.requireNonNullElse(range, DateRange.all());
    provenance = provenance == null ? Optional.empty() : provenance;
    review = Objects.requireNonNullElse(review, Review.empty());
    clinician = Objects.requireNonNullElse(clinician, Clinician.unknown());
  }

  /** A summary without changes since a last visit. */
  public VisitSummary(
      Diary diary, ImportReport importReport, Findings findings, Optional<DiaryAnalysis> analysis,
      Review review, Clinician clinician, DateRange range, Optional<Provenance> provenance,
      LocalDateTime generatedAt, String programVersion) {
    this(diary, importReport, findings, analysis, review, clinician, range, provenance, generatedAt, programVersion,
        Optional.empty());
  }

  /** A summary without analysis sections, review or clinician. */
  public VisitSummary(
      Diary diary, ImportReport importReport, Findings findings, LocalDateTime generatedAt, String programVersion) {
    this(diary, importReport, findings, Optional.empty(), Review.empty(), Clinician.unknown(), DateRange.all(),
        Optional.empty(), generatedAt, programVersion);
  }
}
