package org.rlsviewer.analysis;

import java.util.List;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.KeyFigures;

/** Runs the rules and the headline analysis over a diary. Stateless and thread-safe. */
public final class DiaryAnalyser {

  private final RedFlagRules rules =
      new RedFlagRules(NoteReader.builtIn(), new FlagMaker(RuleTexts.builtIn()));
  private final TestSuggester tests = new TestSuggester(RuleTexts.builtIn());

  /**
   * Flags red-flag nights, suggests tests and computes key figures for a diary.
   *
   * @param diary the imported diary; not modified
   * @return the findings, stamped with the version of the rule set that produced them
   */
  public Findings analyse(Diary diary) {
    List<Flag> flags = diary.entries().stream().flatMap(e -> rules.apply(e).stream()).toList();
    KeyFigures figures = KeyFiguresCalculator.of(diary);
    return new Findings(RuleSet.VERSION, flags,
        tests.suggest(diary, flags, KeyFiguresCalculator.counts(figures)), figures);
  }
}
