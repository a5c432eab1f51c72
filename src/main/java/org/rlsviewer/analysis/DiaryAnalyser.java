package org.rlsviewer.analysis;

import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Findings;

/** Runs the rules and the headline analysis over a diary. Stateless and thread-safe. */
public final class DiaryAnalyser {

  public Findings analyse(Diary diary) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
