package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.LabResult;

/** Runs the rules and the headline analysis over a diary. Stateless and thread-safe. */
public final class DiaryAnalyser {

  private final RuleBook book;
  private final RuleEngine rules;
  private final TestSuggester tests;
  private final Set<String> cautionIds;

  /** An analyser with the built-in rule set. */
  public DiaryAnalyser() {
    this(RuleBook.builtIn());
  }

  /** An analyser with the given rule set, e.g. a clinic's own rule file. */
  public DiaryAnalyser(RuleBook book) {
    this.book = book;
    this.rules = new RuleEngine(book);
    this.tests = new TestSuggester(book);
    this.cautionIds = book.enabled().stream().filter(r -> r.kind() == RuleKind.CAUTION).map(Rule::id)
        .filter(id -> book.kindOf(id).orElse(null) == RuleKind.CAUTION).collect(Collectors.toSet());
  }

  /** The rule set this analyser applies. */
  public RuleBook ruleBook() {
    return book;
  }

  /**
   * Flags red-flag nights and cautions, suggests tests and computes key figures for a diary.
   *
   * @param diary the imported diary; not modified
   * @return the findings, stamped with the version of the rule set that produced them
   */
  public Findings analyse(Diary diary) {
    return analyse(diary, List.of());
  }

  /**
   * As {@link #analyse(Diary)}, reading the clinician's lab results too: a recent ferritin turns
   * "order" into "repeat when due", and the iron results are read against the AASM thresholds.
   */
  public Findings analyse(Diary diary, List<LabResult> labs) {
    RuleEngine.Result result = rules.run(diary, labs);
    KeyFigures figures = KeyFiguresCalculator.of(diary);
    return new Findings(book.version(), result.flags(),
        tests.suggest(diary, result.firings(), KeyFiguresCalculator.counts(figures), labs), figures,
        result.suppressed(), cautionIds);
  }
}
