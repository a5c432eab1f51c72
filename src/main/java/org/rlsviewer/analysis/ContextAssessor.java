package org.rlsviewer.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, NegEx/ConText style, how the triggers of a sentence bear on a finding at tokens
 * [start, end), reading by clause. A trigger before the finding reaches forward to the end of its
 * clause: the end of the sentence, a terminator ("but", "though", ";", "?", a dash), or
 * {@link #BEFORE_WINDOW} words before the first comma, whichever is first; a comma ends it too unless
 * the words after it read as a list ("no numbness, tingling or weakness"). A trigger after the
 * finding looks back at most {@link #AFTER_WINDOW} words. A trigger inside a gapped finding ("legs
 * are not weak") applies to it; a trigger overlapping the finding's own words ("no feeling in my
 * foot") does not. A checklist answer ("numbness: no") decides alone.
 *
 * <p>Recall first: a cue that reaches the finding but may bind something else (far from it, across
 * "and" or a comma, a weak cue such as "might" or "stopped", a question with "my" in it) sets the
 * finding aside only tentatively, and the assertion is marked {@code uncertain} unless another cue
 * sets it aside confidently.
 */
final class ContextAssessor {

  static final int BEFORE_WINDOW = 8;
  static final int AFTER_WINDOW = 5;
  /** Words a negation may stand before its finding and still be sure of it ("didn't have any swelling"). */
  private static final int CLOSE_NEGATION = 2;
  /** The same for the other cues ("worried it might be swelling starting"). */
  private static final int CLOSE_CUE = 4;
  private static final int LIST_ITEM_WORDS = 4;
  private static final Set<String> LIST_JOINERS = Set.of("or", "nor", "and");
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "of", "on", "at", "around", "round", "to", "from", "during", "after", "since", "for");
  private static final Set<String> QUESTION_OPENERS = Set.of("does", "do", "did", "can", "could", "is", "are",
      "will", "would", "should", "might", "may", "what", "which", "whether", "has", "have", "anyone", "any",
      "must", "am", "shall", "was", "were");
  /** A question that asks why presumes the finding: "¿Por qué ...?", "Warum ...?", "Pourquoi ...?". */
  private static final Set<String> FUTURE_OPENERS = Set.of("will", "shall", "wird", "werde", "werden", "sera",
      "seront", "va", "vont");
  private static final Set<String> WHY = Set.of("why", "warum", "wieso", "weshalb", "weswegen", "porque", "pourquoi");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "it", "he", "she", "they", "we", "you", "ich",
      "es", "er", "wir", "je", "il", "elle", "ils", "elles", "ca", "yo", "ella", "ellos", "ellas");
  private static final int FEAR_REACH = 4;
  private static final Set<String> FEARS = Set.of("worried", "worry", "worrying", "afraid", "scared", "frightened",
      "fear", "fearing", "concerned", "anxious", "terrified", "nervous", "hope", "hoping");
  private static final int FEAR_CLAUSE = 10;
  private static final Set<String> FUTURE = Set.of("will", "going", "gonna", "would", "might", "may", "could");
  private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "im", "my", "me", "mine", "myself", "i've");

  /** The cues found so far and whether any of them is sure. */
  private static final class Cues {
    boolean negated;
    boolean hypothetical;
    boolean historical;
    boolean other;
    boolean sure;
    boolean any;

    void add(boolean tentative) {
      any = true;
      sure |= !tentative;
    }

    Assertion assertion() {
      return new Assertion(negated, hypothetical, historical, other, any && !sure);
    }
  }

  private ContextAssessor() {}

  static Assertion assess(Sentence sentence, List<TriggerHit> hits, int start, int end, Set<Integer> literals) {
    Optional<Assertion> answered = Checklist.answer(sentence, hits, start, end);
    if (answered.isPresent()) {
      return answered.get();
    }
    Cues cues = new Cues();
    boolean ownNegation = ClauseCues.OWN_NEGATIONS.contains(sentence.get(start).norm());
    boolean resolutionDenied = ClauseCues.resolutionDenied(sentence, hits, start, end);
    for (TriggerHit found : hits) {
      TriggerHit hit = found;
      if (resolutionDenied && (found.is(TriggerKind.NEGATION_BEFORE) || found.is(TriggerKind.NEGATION_AFTER))) {
        continue; // "I cannot say the swelling has improved": the resolution is denied, not the swelling
      }
      if (ownNegation && found.end() > start && found.start() < end || ClauseCues.secondHalfInside(sentence, found, start, literals)) {
        continue; // "ya no siento las nalgas", "no aguanto los gases ni las heces", "je ne retiens plus les gaz"
      }
      if (hit.start() < start && hit.end() > start) {
        hit = new TriggerHit(hit.start(), start, hit.kinds()); // "no acute" before "acute distress"
      } else if (literals.stream().anyMatch(i -> i >= found.start() && i < found.end())) {
        continue;
      }
      boolean forward = reachesForward(sentence, hits, hit, start, end);
      boolean back = hit.start() >= end && reachesBack(sentence, hits, end, hit.start());
      if (!forward && !back) {
        continue;
      }
      boolean weak = hit.is(TriggerKind.TENTATIVE) && !afterFear(sentence, hit);
      boolean farNegation = weak || (forward ? looseBefore(sentence, hit, start, CLOSE_NEGATION)
          : looseAfter(sentence, end, hit.start()));
      boolean farCue = weak || (forward ? looseBefore(sentence, hit, start, CLOSE_CUE)
          : looseAfter(sentence, end, hit.start()));
      if ((forward && hit.is(TriggerKind.NEGATION_BEFORE)) || (back && hit.is(TriggerKind.NEGATION_AFTER))) {
        cues.negated = true;
        cues.add(farNegation);
      }
      if ((forward && hit.is(TriggerKind.HYPOTHETICAL_BEFORE)) || (back && hit.is(TriggerKind.HYPOTHETICAL_AFTER))) {
        cues.hypothetical = true;
        cues.add(farCue);
      }
      if ((forward && hit.is(TriggerKind.HISTORICAL_BEFORE)) || (back && hit.is(TriggerKind.HISTORICAL_AFTER))) {
        cues.historical = true;
        cues.add(farCue);
      }
      if (back && hit.is(TriggerKind.NEGATION_BEFORE) && !hit.is(TriggerKind.NEGATION_AFTER)
          && ClauseCues.closingNegation(sentence, hits, start, end, hit)) {
        cues.negated = true; // "ich schnarche nicht", "geschnarcht habe ich keins"
        cues.add(false);
      }
      if (forward && hit.is(TriggerKind.OTHER_PERSON_BEFORE)
          && !handedBack(hits, hit.end(), start)) {
        cues.other = true;
        cues.add(farCue && !(ClauseCues.subjectOfClause(sentence, hits, hit, start) && ClauseCues.selfAfter(hits, end)));
      }
    }
    if (!resolutionDenied && (ClauseCues.resolvedLater(sentence, hits, start, end)
        || LayClauseCues.resolvedPastAside(sentence, hits, end))) {
      cues.negated = true; // "swollen yesterday but back to normal today"
      cues.add(false);
    }
    if (LayClauseCues.carersOwn(sentence, hits, start, end) || ClauseCues.subjectAfter(sentence, hits, start, end)) {
      cues.other = true; // "yo tengo los pies hinchados de tanto ir y venir, pero mamá bien"
      cues.add(false);
    }
    if (fearedFuture(sentence, end) || LayClauseCues.fearedClause(sentence, hits, start, end)) {
      cues.hypothetical = true; // "worried my left leg will swell on the drive"
      cues.add(false);
    }
    if (onUntil(sentence, start, end)) {
      cues.historical = true; // "was on ropinirole until March"
      cues.add(false);
    }
    question(sentence, hits, start, end).ifPresent(aboutMe -> {
      cues.hypothetical = true;
      cues.add(aboutMe); // "is my leg meant to be this swollen?" may be about tonight
    });
    return cues.assertion();
  }

  /**
   * A trigger before the finding that may bind another word: across "and" ("no pain and legs
   * swollen"), or more than {@code close} words away, unless the stretch between reads as a list.
   */
  private static boolean looseBefore(Sentence s, TriggerHit hit, int start, int close) {
    if (hit.end() > start) {
      return false; // inside a gapped finding
    }
    boolean crossesBreak = false;
    boolean and = false;
    for (int i = hit.end(); i < start; i++) {
      crossesBreak |= s.get(i).isClauseBreak();
      and |= s.get(i).word() && s.get(i).norm().equals("and");
    }
    if (crossesBreak) {
      return false; // a list, as reachesForward has checked
    }
    return and || s.wordsBetween(hit.end(), start) > close;
  }

  /**
   * A trigger after the finding that may be about something in between: across "and", or across a
   * comma with words after it ("ankle swollen, pain went away").
   */
  private static boolean looseAfter(Sentence s, int end, int triggerStart) {
    int lastBreak = -1;
    boolean and = false;
    for (int i = end; i < triggerStart; i++) {
      if (s.get(i).isClauseBreak()) {
        lastBreak = i;
      }
      and |= s.get(i).word() && s.get(i).norm().equals("and");
    }
    return and || (lastBreak >= 0 && ClauseCues.contentWords(s, lastBreak + 1, triggerStart) > 0);
  }

  /** A weak cue after a fear is a sure one: "worried my feet might swell", "afraid it may give way". */
  private static boolean afterFear(Sentence s, TriggerHit hit) {
    for (int i = Math.max(0, hit.start() - FEAR_REACH); i < hit.start(); i++) {
      if (FEARS.contains(s.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A first-person word between another person and the finding hands it back to the patient
   * ("husband says I snore"), unless it belongs to a further other person ("her friend and my sister").
   */
  private static boolean handedBack(List<TriggerHit> hits, int from, int to) {
    return hits.stream().anyMatch(h -> h.is(TriggerKind.FIRST_PERSON) && h.start() >= from && h.end() <= to
        && hits.stream().noneMatch(o -> o.start() == h.end() && o.is(TriggerKind.OTHER_PERSON_BEFORE)));
  }

  /** A fear and then a future in the finding's clause: "scared my legs will give way at work". */
  private static boolean fearedFuture(Sentence s, int end) {
    for (int i = end - 1, seen = 0; i >= 0 && s.get(i).word() && seen < FEAR_CLAUSE; i--, seen++) {
      String w = s.get(i).norm();
      if (FUTURE.contains(w) || w.endsWith("'ll")) {
        for (int j = i - 1; j >= Math.max(0, i - FEAR_REACH - 1) && s.get(j).word(); j--) {
          if (FEARS.contains(s.get(j).norm())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "was on X until ...": the finding stands between "was|were on" and "until" in one clause. */
  private static boolean onUntil(Sentence s, int start, int end) {
    boolean on = start >= 2 && s.get(start - 1).norm().equals("on")
        && (s.get(start - 2).norm().equals("was") || s.get(start - 2).norm().equals("were")
            || s.get(start - 2).norm().equals("been"));
    if (!on) {
      return false;
    }
    for (int i = end; i < Math.min(s.size(), end + 3) && s.get(i).word(); i++) {
      if (s.get(i).norm().equals("until") || s.get(i).norm().equals("till")) {
        return true;
      }
    }
    return false;
  }

  /**
   * When the finding's clause is a question opened by an auxiliary or "what" ("does RLS cause
   * numbness?"): whether it speaks of the patient ("is my leg meant to be this swollen?"), which
   * makes setting it aside tentative. Empty when it is no such question ("why is my leg swollen?"
   * presumes the swelling).
   */
  private static Optional<Boolean> question(Sentence s, List<TriggerHit> hits, int start, int end) {
    int close = end;
    while (close < s.size() && s.get(close).word()) {
      close++;
    }
    if (close >= s.size() || !s.get(close).text().equals("?")) {
      return Optional.empty();
    }
    int open = start;
    while (open > 0 && s.get(open - 1).word()) {
      open--;
    }
    int opened = open;
    int closed = close;
    boolean opener = QUESTION_OPENERS.contains(s.get(open).norm())
        || open > 0 && s.get(open - 1).norm().equals("\u00BF") // "¿El magnesio da diarrea?"
        || hits.stream().anyMatch(h -> h.start() == opened && h.is(TriggerKind.QUESTION_OPENER))
        || hits.stream().anyMatch(h -> h.start() > opened && h.start() < closed && h.end() - h.start() > 1
            && h.is(TriggerKind.QUESTION_OPENER)); // "Les impatiences peuvent-elles donner ... ?"
    boolean bareItem = open == start && close == end && !QUESTION_OPENERS.contains(s.get(open).norm());
    if (!opener || bareItem || WHY.contains(s.get(open).norm()) // "¿Piernas hinchadas? Las dos": a checklist item
        || s.get(open).norm().equals("por") && open + 1 < close && s.get(open + 1).norm().equals("que")) {
      return Optional.empty();
    }
    if (FUTURE_OPENERS.contains(s.get(open).norm())) {
      return Optional.of(false); // "will my knees start giving way one day?": not tonight, about me or not
    }
    for (int i = open; i < close; i++) {
      int at = i;
      if (FIRST_PERSON.contains(s.get(i).norm())
          || hits.stream().anyMatch(h -> h.start() == at && h.is(TriggerKind.FIRST_PERSON))) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }

  private static boolean reachesForward(Sentence s, List<TriggerHit> hits, TriggerHit hit, int start, int end) {
    if (hit.start() > start && hit.end() <= end) {
      return true; // inside a gap of the finding
    }
    if (hit.end() > start) {
      return false;
    }
    return s.wordsBetween(hit.end(), firstClauseBreak(s, hit.end(), start)) <= BEFORE_WINDOW
        && noneBetween(hits, hit.end(), start, TriggerKind.TERMINATOR)
        && crossesCommasAsList(s, hits, hit.end(), start, end);
  }

  static int firstClauseBreak(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.get(i).isClauseBreak()) {
        return i;
      }
    }
    return to;
  }

  private static boolean reachesBack(Sentence s, List<TriggerHit> hits, int from, int to) {
    return s.wordsBetween(from, to) <= AFTER_WINDOW && noneBetween(hits, from, to, TriggerKind.TERMINATOR);
  }

  static boolean noneBetween(List<TriggerHit> hits, int from, int to, TriggerKind kind) {
    for (TriggerHit h : hits) { // a loop, not a stream: asked for every trigger of every finding
      if (h.is(kind) && h.start() >= from && h.end() <= to) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when no comma lies between trigger and finding, or when the stretch reads as a list: short
   * items; the finding's own item (between commas and "or"/"and") holds nothing but the finding and
   * perhaps a trailing "in ..." phrase; and either a joining "or"/"and" in the list or a one-word
   * item ("no murmurs, rubs, gallops"). So "no pain, left leg swollen" keeps the swelling affirmed.
   */
  private static boolean crossesCommasAsList(Sentence s, List<TriggerHit> hits, int from, int start, int end) {
    int firstComma = -1;
    int lastComma = -1;
    for (int i = from; i < start; i++) {
      if (s.get(i).isClauseBreak()) {
        if (firstComma < 0) {
          firstComma = i;
        }
        lastComma = i;
      }
    }
    if (firstComma < 0) {
      return true;
    }
    int segmentStart = firstComma + 1;
    for (int i = firstComma + 1; i <= lastComma; i++) {
      if (s.get(i).isClauseBreak()) {
        if (s.wordsBetween(segmentStart, i) > LIST_ITEM_WORDS) {
          return false;
        }
        segmentStart = i + 1;
      }
    }
    for (int i = firstComma + 1; i <= start; i++) { // the stretch before the finding and its first word
      int at = i;
      if (s.get(i).word() && (SUBJECT_PRONOUNS.contains(s.get(i).norm())
          || hits.stream().anyMatch(h -> h.start() == at && h.is(TriggerKind.FIRST_PERSON)))) {
        return false; // "I cannot hold it, it comes alone, and down there I feel nothing": clauses, no list
      }
    }
    int targetSegmentEnd = end;
    while (targetSegmentEnd < s.size() && !s.get(targetSegmentEnd).isClauseBreak()
        && !startsTerminator(hits, targetSegmentEnd)) {
      targetSegmentEnd++;
    }
    int itemStart = start;
    while (itemStart - 1 > lastComma && !isJoiner(s, itemStart - 1)) {
      itemStart--;
    }
    if (itemStart < start) {
      return false; // "no pain, left ankle swollen": the item says more than the finding
    }
    if (end < targetSegmentEnd && !isJoiner(s, end) && !PREPOSITIONS.contains(s.get(end).norm())) {
      return false;
    }
    boolean joined = false;
    int segmentWords = 0;
    for (int i = firstComma + 1; i < s.size() && !startsTerminator(hits, i); i++) {
      joined |= isJoiner(s, i);
      if (s.get(i).word() && !isJoiner(s, i) && i > lastComma && i < targetSegmentEnd) {
        segmentWords++;
      }
    }
    return joined || segmentWords == 1;
  }

  private static boolean isJoiner(Sentence s, int i) {
    return s.get(i).word() && LIST_JOINERS.contains(s.get(i).norm());
  }

  static boolean startsTerminator(List<TriggerHit> hits, int i) {
    for (TriggerHit h : hits) { // a loop, not a stream: asked for every word of a clause
      if (h.start() == i && h.is(TriggerKind.TERMINATOR)) {
        return true;
      }
    }
    return false;
  }
}
