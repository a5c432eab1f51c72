package org.rlsviewer.service;

import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.importer.LabsCsv;

/**
 * A diary as the clinician sees it after opening: what was read, how, and what the rules found.
 * {@code labs} holds the clinician's lab results read from beside the diary (empty when there are none).
 */
public record OpenedDiary(ImportResult imported, Findings findings, LabsCsv.Result labs) {

  public OpenedDiary(ImportResult imported, Findings findings) {
    this(imported, findings, LabsCsv.Result.none());
  }

  public Diary diary() {
    return imported.diary();
  }

  public ImportReport report() {
    return imported.report();
  }
}
