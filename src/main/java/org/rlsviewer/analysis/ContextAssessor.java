package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;

/**
 * Decides, NegEx/ConText style, how the triggers of a sentence bear on a finding at tokens
 * [start, end). A trigger before the finding reaches forward to the end of the sentence, a
 * terminator ("but", ";"), or {@link #BEFORE_WINDOW} words before the first comma, whichever is
 * first; a comma ends it too unless the words after it read as a list ("no numbness, tingling or
 * weakness"). A trigger
 * after the finding looks back at most {@link #AFTER_WINDOW} words within the clause. A trigger
 * inside a gapped finding ("legs are not weak") applies to it; a trigger overlapping the finding's
 * own words ("no feeling in my foot") does not.
 */
final class ContextAssessor {

  static final int BEFORE_WINDOW = 8;
  static final int AFTER_WINDOW = 5;
  private static final int LIST_ITEM_WORDS = 4;
  private static final Set<String> LIST_JOINERS = Set.of("or", "nor", "and");
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "of", "on", "at", "around", "round", "to", "from", "during", "after", "since", "for");

  private ContextAssessor() {}

  static Assertion assess(Sentence sentence, List<TriggerHit> hits, int start, int end, Set<Integer> literals) {
    boolean negated = false;
    boolean hypothetical = false;
    boolean historical = false;
    boolean other = false;
    for (TriggerHit found : hits) {
      TriggerHit hit = found;
      if (hit.start() < start && hit.end() > start) {
        hit = new TriggerHit(hit.start(), start, hit.kinds()); // "no acute" before "acute distress"
      } else if (literals.stream().anyMatch(i -> i >= found.start() && i < found.end())) {
        continue;
      }
      boolean reachesForward = reachesForward(sentence, hits, hit, start, end);
      boolean reachesBack = hit.start() >= end && reachesBack(sentence, hits, end, hit.start());
      negated |= (reachesForward && hit.is(TriggerKind.NEGATION_BEFORE))
          || (reachesBack && hit.is(TriggerKind.NEGATION_AFTER));
      hypothetical |= (reachesForward && hit.is(TriggerKind.HYPOTHETICAL_BEFORE))
          || (reachesBack && hit.is(TriggerKind.HYPOTHETICAL_AFTER));
      historical |= (reachesForward && hit.is(TriggerKind.HISTORICAL_BEFORE))
          || (reachesBack && hit.is(TriggerKind.HISTORICAL_AFTER));
      other |= reachesForward && hit.is(TriggerKind.OTHER_PERSON_BEFORE)
          && noneBetween(hits, hit.end(), start, TriggerKind.FIRST_PERSON);
    }
    return new Assertion(negated, hypothetical, historical, other);
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

  private static int firstClauseBreak(Sentence s, int from, int to) {
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

  private static boolean noneBetween(List<TriggerHit> hits, int from, int to, TriggerKind kind) {
    return hits.stream().noneMatch(h -> h.is(kind) && h.start() >= from && h.end() <= to);
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

  private static boolean startsTerminator(List<TriggerHit> hits, int i) {
    return hits.stream().anyMatch(h -> h.start() == i && h.is(TriggerKind.TERMINATOR));
  }
}
