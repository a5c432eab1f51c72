package org.rlsviewer.service;

import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;

/**
 * A diary as the clinician sees it after opening: what was read, how, what the rules found, and the
 * sleep, trial and lifestyle summary.
 */
public record OpenedDiary(ImportResult imported, Findings findings, DiaryAnalysis analysis) {

  public Diary diary() {
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
    String id = diary().patient().id();
    return id.isEmpty() ? "file:" + report().sourceName() : "id:" + id;
  }
}
