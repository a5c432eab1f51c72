package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;

/**
 * Reads which leg a finding concerns from the words of the finding and up to three words on either
 * side within its clause: "left"/"right" (also "L"/"R"/"lt"/"rt" before a leg word), "one leg",
 * "both"/"bilateral", or a plural leg word ("ankles", "legs").
 */
final class LateralityReader {

  private static final int REACH = 3;
  private static final Set<String> LEFT = Set.of("left", "l", "lt");
  private static final Set<String> RIGHT = Set.of("right", "r", "rt");
  private static final Set<String> SHORT_FORMS = Set.of("l", "lt", "r", "rt");
  private static final Set<String> BOTH = Set.of("both", "bilateral", "bilaterally", "either", "each");
  private static final Set<String> BEFORE_SIDE = Set.of("the", "on", "my", "her", "his", "in");

  private final Set<String> legParts;
  private final Set<String> pluralLegParts;

  LateralityReader(Lexicon lexicon) {
    this.legParts = lexicon.wordClass("legpart");
    this.pluralLegParts = lexicon.wordClass("legpart_plural");
  }

  Laterality read(Sentence s, List<TriggerHit> hits, int start, int end) {
    int from = start;
    while (from > 0 && start - from < REACH && inClause(s, hits, from - 1)) {
      from--;
    }
    int to = end;
    while (to < s.size() && to - end < REACH && inClause(s, hits, to)) {
      to++;
    }
    to = Math.max(to, Checklist.answerEnd(s, hits, start, end)); // "swelling: yes (left)"
    boolean left = false;
    boolean right = false;
    boolean both = false;
    boolean one = false;
    boolean plural = false;
    for (int i = from; i < to; i++) {
      String w = s.get(i).norm();
      if (comparedWith(s, i)) {
        continue; // "left leg bigger than the right": the right is the comparison, not the finding
      }
      if ((w.equals("left") || w.equals("right")) && i + 2 < to && s.get(i + 1).norm().equals("and")
          && (s.get(i + 2).norm().equals("left") || s.get(i + 2).norm().equals("right"))) {
        left = true;
        right = true;
      } else if (LEFT.contains(w) && namesSide(s, i, from, to)) {
        left = true;
      } else if (RIGHT.contains(w) && namesSide(s, i, from, to)) {
        right = true;
      } else if (BOTH.contains(w)) {
        both = true;
      } else if (w.equals("one") && i + 1 < to && (legParts.contains(s.get(i + 1).norm())
          || s.get(i + 1).norm().equals("side"))) {
        one = true;
      } else if (pluralLegParts.contains(w)) {
        plural = true;
      }
    }
    if ((left && right) || both) {
      return Laterality.BOTH;
    }
    if (!left && !right && !one) {
      Laterality named = sideAfterComma(s, end);
      if (named != null) {
        return named; // "ankles swollen, the left one"
      }
    }
    if (left) {
      return Laterality.LEFT;
    }
    if (right) {
      return Laterality.RIGHT;
    }
    if (one) {
      return Laterality.ONE_SIDE;
    }
    return plural ? Laterality.BOTH : Laterality.UNSPECIFIED;
  }

  /**
   * A side named in an aside just after the finding: within {@value #REACH} words a comma, then
   * "[only] [the] left|right [one|side|only]" ending the sentence or clause.
   */
  private static Laterality sideAfterComma(Sentence s, int end) {
    int i = end;
    while (i < s.size() && i - end <= REACH && s.get(i).word()) {
      i++;
    }
    if (i >= s.size() || s.get(i).word() || !s.get(i).text().equals(",")) {
      return null;
    }
    i++;
    if (i < s.size() && s.get(i).norm().equals("only")) {
      i++;
    }
    if (i < s.size() && s.get(i).norm().equals("the")) {
      i++;
    }
    if (i >= s.size() || !(s.get(i).norm().equals("left") || s.get(i).norm().equals("right"))) {
      return null;
    }
    Laterality side = s.get(i).norm().equals("left") ? Laterality.LEFT : Laterality.RIGHT;
    i++;
    if (i < s.size() && Set.of("one", "side", "only").contains(s.get(i).norm())) {
      i++;
    }
    return i >= s.size() || !s.get(i).word() ? side : null;
  }

  private static boolean comparedWith(Sentence s, int i) {
    return (i >= 1 && s.get(i - 1).norm().equals("than"))
        || (i >= 2 && s.get(i - 1).norm().equals("the") && s.get(i - 2).norm().equals("than"));
  }

  private boolean namesSide(Sentence s, int i, int from, int to) {
    for (int j = i + 1; j < Math.min(to, i + 3); j++) {
      String next = s.get(j).norm();
      if (legParts.contains(next) || next.equals("side")) {
        return true;
      }
      if (SHORT_FORMS.contains(s.get(i).norm())) {
        return false; // "L" must be followed directly by the leg word
      }
    }
    return !SHORT_FORMS.contains(s.get(i).norm()) && i > from && BEFORE_SIDE.contains(s.get(i - 1).norm());
  }

  private static boolean inClause(Sentence s, List<TriggerHit> hits, int i) {
    return s.get(i).word() && hits.stream().noneMatch(h -> h.is(TriggerKind.TERMINATOR) && h.start() <= i && i < h.end());
  }
}
