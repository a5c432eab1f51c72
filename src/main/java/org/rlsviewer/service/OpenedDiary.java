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
}
