package org.rlsviewer.ui;

import org.rlsviewer.service.RuleSet;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;

/**
 * The service and library the window works through. Swapped on the EDT when the clinic's rule file
 * changes, read by tasks on their workers: diaries opened from then on use the new rules, those on
 * screen keep theirs. The two are swapped together, in one write.
 */
final class WindowServices {

  private record Pair(DiaryService service, DiaryLibrary library) {}

  private volatile Pair current;

  WindowServices(DiaryService service, DiaryLibrary library) {
    current = new Pair(service, library);
  }

  DiaryService service() {
    return current.service();
  }

  DiaryLibrary library() {
    return current.library();
  }

  /** Analyses diaries opened from now on with these rules; those on screen keep theirs. */
  void useRules(RuleSet rules) {
    Pair before = current;
    current = new Pair(before.service().withRules(rules), before.library().withRules(rules));
  }
}
