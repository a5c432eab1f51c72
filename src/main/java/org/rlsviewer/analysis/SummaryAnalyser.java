package org.rlsviewer.analysis;

import java.time.LocalTime;
import java.util.List;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.NightSleep;

/**
 * Sleep figures per night, the weekly summary, the magnesium trial verdict, lifestyle factors and
 * gaps of a diary. Stateless and thread-safe.
 */
public final class SummaryAnalyser {

  /** Caffeine after this time of day counts as late unless the caller chooses another cut-off. */
  public static final LocalTime DEFAULT_CAFFEINE_CUTOFF = LocalTime.of(15, 0);

  /** Analyses with the default caffeine cut-off. */
  public DiaryAnalysis analyse(Diary diary) {
    return analyse(diary, DEFAULT_CAFFEINE_CUTOFF);
  }

  /**
   * Analyses a diary.
   *
   * @param diary the imported diary; not modified
   * @param caffeineCutoff last caffeine after this time counts as late
   */
  public DiaryAnalysis analyse(Diary diary, LocalTime caffeineCutoff) {
    List<DiaryEntry> entries = diary.entries();
    List<NightSleep> nights = SleepMetrics.of(entries);
    return new DiaryAnalysis(nights,
        WeeklySummariser.whole(entries, nights, caffeineCutoff),
        WeeklySummariser.summarise(entries, nights, caffeineCutoff),
        TrialAnalyser.analyse(entries),
        LifestyleAnalyser.analyse(entries, caffeineCutoff),
        GapFinder.find(entries),
        caffeineCutoff,
        IrlsReader.read(diary));
  }
}
