package org.rlsviewer.service;

import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;

/** A diary as the clinician sees it after opening: what was read, how, and what the rules found. */
public record OpenedDiary(ImportResult imported, Findings findings) {

  public Diary diary() {
    return imported.diary();
  }

  public ImportReport report() {
    return imported.report();
  }
}
