package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;

/**
 * What the sentence around a medicine, magnesium or a pregnancy says beyond the mention's own
 * assertion, read with the trigger mechanism ({@link TriggerSet}) from word lists rather than
 * patterns: a medicine warned off, not taken, given up or years back (caution-triggers-medicine.txt,
 * weighed by {@link ContextAssessor}); magnesium given up with no start after it
 * (caution-triggers-stopped.txt, over the whole sentence: "stopped all supplements, magnesium too");
 * a sentence put years back (caution-triggers-long-ago.txt); and a gut upset in a past period
 * (caution-triggers-past-period.txt). The sentence is {@link SentenceText}'s.
 */
final class TakingCues {

  private static final TriggerSet STOPPED = BuiltInResource.read("caution-triggers-stopped.txt", TriggerSet::read);
  private static final TriggerSet LONG_AGO = BuiltInResource.read("caution-triggers-long-ago.txt", TriggerSet::read);
  private static final TriggerSet PAST_PERIOD = BuiltInResource.read("caution-triggers-past-period.txt",
      TriggerSet::read);
  private static final TriggerSet MEDICINE = BuiltInResource.read("caution-triggers-medicine.txt", TriggerSet::read);

  /** The tokens of a mention's sentence, where the mention lies in them, and whether the sentence asks. */
  record Read(Sentence sentence, int start, int end, boolean question) {

    /** The mention of text [from, to) read in its sentence; its tokens are those inside [from, to). */
    static Read of(String text, int from, int to) {
      int begin = SentenceText.startBefore(text, from);
      String around = SentenceText.around(text, from, to);
      int stop = begin + around.length();
      boolean question = stop < text.length() && text.charAt(stop) == '?';
      List<Token> tokens = Tokeniser.sentences(around).stream().flatMap(s -> s.tokens().stream()).toList();
      Sentence sentence = new Sentence(tokens);
      int start = 0;
      while (start < tokens.size() && tokens.get(start).end() <= from - begin) {
        start++;
      }
      int end = start;
      while (end < tokens.size() && tokens.get(end).start() < to - begin) {
        end++;
      }
      return new Read(sentence, start, Math.max(end, Math.min(start + 1, tokens.size())), question);
    }
  }

  private TakingCues() {}

  /** A medicine named but warned off, not taken, given up or years back, as ContextAssessor weighs the cues. */
  static boolean medicineNotTaken(String text, int from, int to) {
    Read r = Read.of(text, from, to);
    if (r.start() >= r.sentence().size()) {
      return false;
    }
    List<TriggerHit> hits = MEDICINE.find(r.sentence());
    return !ContextAssessor.assess(r.sentence(), hits, r.start(), r.end(), Set.of()).affirmed()
        || givenUp(r.sentence(), STOPPED.find(r.sentence()));
  }

  /** Magnesium given up in its sentence ("so I don't take it any more") with no start after, or asked about. */
  static boolean noLongerTaken(String text, int from, int to) {
    Read r = Read.of(text, from, to);
    return r.question() || givenUp(r.sentence(), STOPPED.find(r.sentence()));
  }

  /** The sentence holding [from, to) puts things years back ("30 years ago", "vor 30 Jahren", "hace años"). */
  static boolean yearsBack(String text, int from, int to) {
    Sentence s = Read.of(text, from, to).sentence();
    return LONG_AGO.find(s).stream().anyMatch(h -> h.is(TriggerKind.HISTORICAL_AFTER)) || agoAnyCount(s);
  }

  private static final Set<String> YEARS = Set.of("a\u00f1os", "anos", "ans", "ann\u00e9es", "annees");

  /**
   * "hace quince años", "ça fait 10 ans": years back whatever word counts them (TriggerSet reads a
   * figure or a listed count only); not "desde hace años", which is ongoing.
   */
  private static boolean agoAnyCount(Sentence s) {
    for (int i = 0; i + 2 < s.size(); i++) {
      String w = s.get(i).norm();
      String before = i > 0 ? s.get(i - 1).norm() : "";
      boolean opener = w.equals("hace") && !before.equals("desde")
          || w.equals("fait") && (before.equals("\u00e7a") || before.equals("ca"));
      if (opener && s.get(i + 1).word() && YEARS.contains(s.get(i + 2).norm())) {
        return true;
      }
    }
    return false;
  }

  /** A mention ContextAssessor puts back in a past period: "diarrhoea from the citrate last month". */
  static boolean inPastPeriod(String text, int from, int to) {
    Read r = Read.of(text, from, to);
    return r.start() < r.sentence().size() && ContextAssessor.assess(r.sentence(), PAST_PERIOD.find(r.sentence()),
        r.start(), r.end(), Set.of()).historical();
  }

  /** A stop in the sentence with no start after it; a "take" just after a stop is the stop's ("ya no tomo"). */
  private static boolean givenUp(Sentence s, List<TriggerHit> hits) {
    int lastStop = -1;
    int lastStart = -1;
    for (TriggerHit h : hits) {
      if (h.is(TriggerKind.NEGATION_BEFORE) || h.is(TriggerKind.NEGATION_AFTER)) {
        lastStop = h.end();
      } else if (h.is(TriggerKind.TERMINATOR) && s.get(h.start()).word() && h.start() != lastStop) {
        lastStart = h.end();
      }
    }
    return lastStop >= 0 && lastStop >= lastStart;
  }
}
