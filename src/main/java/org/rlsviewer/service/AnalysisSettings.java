package org.rlsviewer.service;

import java.time.LocalTime;
import java.util.Objects;
import org.rlsviewer.analysis.RuleBook;
import org.rlsviewer.analysis.SummaryAnalyser;

/**
 * How diaries are analysed: the rule set and the hour after which caffeine counts as late. The
 * service owns them and applies them on every path (open, reopen, restrict to a range); an opened
 * diary keeps the settings it was analysed with, so showing another range keeps them too.
 */
public record AnalysisSettings(RuleBook rules, LocalTime caffeineCutoff) {

  /** The hour the lifestyle table counts caffeine as late from unless the clinician chose another. */
  public static final LocalTime DEFAULT_CAFFEINE_CUTOFF = SummaryAnalyser.DEFAULT_CAFFEINE_CUTOFF;

  public AnalysisSettings {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(caffeineCutoff, "caffeineCutoff");
  }

  /** The built-in rules and the default caffeine cut-off. */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(RuleBook.builtIn(), DEFAULT_CAFFEINE_CUTOFF);
  }

  public AnalysisSettings withRules(RuleBook other) {
    return new AnalysisSettings(other, caffeineCutoff);
  }

  public AnalysisSettings withCaffeineCutoff(LocalTime cutoff) {
    return new AnalysisSettings(rules, cutoff);
  }
}
