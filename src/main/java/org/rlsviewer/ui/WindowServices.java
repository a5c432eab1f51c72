package org.rlsviewer.ui;

import org.rlsviewer.service.RuleSet;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;

/**
 * The service and library the window works through. Swapped on the EDT when the clinic's rule file
 * changes, read by tasks on their workers: diaries opened from then on use the new rules, those on
 * screen keep theirs.
 */
final class WindowServices {

  private volatile DiaryService service;
  private volatile DiaryLibrary library;

  WindowServices(DiaryService service, DiaryLibrary library) {
    this.service = service;
    this.library = library;
  }

  DiaryService service() {
    return service;
  }

  DiaryLibrary library() {
    return library;
  }

  /** Analyses diaries opened from now on with these rules; those on screen keep theirs. */
  void useRules(RuleSet rules) {
    service = service.withRules(rules);
    library = library.withRules(rules);
  }
}
