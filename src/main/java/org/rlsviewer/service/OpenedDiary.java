package org.rlsviewer.service;

import java.util.Objects;
import java.util.Optional;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.domain.Provenance;
import org.rlsviewer.importer.LabsCsv;

/**
 * A diary as the clinician sees it after opening: what was read, how, what the rules found, the
 * sleep, trial and lifestyle summary, the clinician's lab results read from beside the diary
 * ({@code labs}; empty when there are none), where it came from, and the date range shown.
 * Findings and analysis are those of the nights in {@code shown}; {@link #diary()} is restricted
 * to it too. {@code changes} compares the nights of the patient's last visit with those since,
 * whatever range is shown; empty without a last visit (a diary opened for this session only).
 * {@code settings} are those it was analysed with, kept when another range is shown.
 */
public record OpenedDiary(
    ImportResult imported, Findings findings, DiaryAnalysis analysis, LabsCsv.Result labs, Provenance provenance,
    DateRange shown, Optional<VisitChanges> changes, AnalysisSettings settings) {

  public OpenedDiary {
    Objects.requireNonNull(imported, "imported");
    labs = Objects.requireNonNullElse(labs, LabsCsv.Result.none());
    shown = Objects.requireNonNullElse(shown, DateRange.all());
    changes = changes == null ? Optional.empty() : changes;
    settings = settings == null ? AnalysisSettings.defaults() : settings;
  }

  public OpenedDiary(ImportResult imported, Findings findings, DiaryAnalysis analysis, LabsCsv.Result labs,
      Provenance provenance, DateRange shown, Optional<VisitChanges> changes) {
    this(imported, findings, analysis, labs, provenance, shown, changes, null);
  }

  public OpenedDiary(ImportResult imported, Findings findings, DiaryAnalysis analysis, LabsCsv.Result labs,
      Provenance provenance, DateRange shown) {
    this(imported, findings, analysis, labs, provenance, shown, Optional.empty());
  }

  /** The same diary with the changes since the last visit. */
  public OpenedDiary withChanges(Optional<VisitChanges> since) {
    return new OpenedDiary(imported, findings, analysis, labs, provenance, shown, since, settings);
  }

  /** The last visit changes are counted from, if any. */
  public Optional<LastVisit> lastVisit() {
    return changes.map(VisitChanges::lastVisit);
  }

  /** The whole diary, without labs or provenance (tests and callers that read no file). */
  public OpenedDiary(ImportResult imported, Findings findings, DiaryAnalysis analysis) {
    this(imported, findings, analysis, LabsCsv.Result.none(), null, DateRange.all());
  }

  /** The nights in the range shown. */
  public Diary diary() {
    return imported.diary().within(shown);
  }

  /** Every night the file holds, whatever range is shown. */
  public Diary wholeDiary() {
    return imported.diary();
  }

  public ImportReport report() {
    return imported.report();
  }

  /**
   * Whose review this diary belongs to: the patient id from the export, or, when the export names
   * no patient, the source file name, so reviews of anonymous files do not mix.
   */
  public String patientKey() {
    return keyOf(imported);
  }

  static String keyOf(ImportResult imported) {
    String id = imported.diary().patient().id();
    return id.isEmpty() ? "file:" + imported.report().sourceName() : "id:" + id;
  }
}
