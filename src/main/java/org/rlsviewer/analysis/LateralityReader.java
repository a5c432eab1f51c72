package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;

/**
 * Reads which leg a finding concerns. First from the words of the finding and up to three words on
 * either side within its clause: "left"/"right" (also "L"/"R"/"lt"/"rt" before a leg word), "one
 * leg", "both"/"bilateral", or a plural leg word ("ankles", "legs"). When these name no side, from
 * the whole clause, across commas, colons and brackets: a side word that names a side ("the left",
 * "left:", "(right)", "R calf"), "one leg", or a comparison with "the other" one. In a comparison
 * ("left bigger than the right", "my left ankle compared to my right", "L>R") the side compared
 * with is not the finding's.
 */
final class LateralityReader {

  /** A measured figure ("38", "38.5", "38,5"): compiled once, not per word. */

  private static final int REACH = 3;
  private static final Set<String> LEFT = Set.of("left", "l", "lt", "lft", "lhs", "lle");
  private static final Set<String> RIGHT = Set.of("right", "r", "rt", "rgt", "rght", "rhs", "rle");
  private static final Set<String> SHORT_FORMS = Set.of("l", "lt", "r", "rt");
  private static final Set<String> LEG_QUALIFIERS = Set.of("lower", "upper", "big", "little", "inner", "outer");
  private static final Set<String> BOTH = Set.of("both", "bilateral", "bilaterally", "either", "each");
  private static final Set<String> BEFORE_SIDE = Set.of("the", "on", "my", "her", "his", "in", "only");
  private static final Set<String> COMPARING = Set.of("than", "compared", "comparing", "vs", "versus", "size",
      "against");
  /** Side words that name a side on their own: left or right lower extremity, left or right hand side. */
  private static final Set<String> SIDE_ITSELF = Set.of("lle", "rle", "lhs", "rhs", "lft", "rgt", "rght");
  private static final Set<String> ONE_SIDED = Set.of("unilateral", "unilaterally", "asymmetric", "asymmetrical");
  private static final Set<String> COMPARATIVES = Set.of("worse", "bigger", "larger", "fatter", "more", "than",
      "only", "mainly", "mostly", "especially", "puffier", "thicker", "compared", "twice", "double", "wider", "tighter", "chunkier", "chubbier", "bulkier",
      // as German, Spanish and French notes read folded: "el derecho más", "links deutlich mehr", "la gauche plus"
      "mas", "mayor", "mehr", "dicker", "grosser", "plus");
  private static final Set<String> CLAUSE_BREAKS = Set.of("but", "however", "though", "although", "whereas",
      "except", "yet", "otherwise");
  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?(?:cm|mm)?");
  private static final Set<String> MEASURE_UNITS = Set.of("cm", "cms", "mm", "in", "inch", "inches");
  private static final Set<String> OTHER = Set.of("other", "andere", "anderen", "anderes", "anderer", "otro", "otra",
      "autre");
  private static final Set<String> NOT_A_SIDE_BEFORE = Set.of("all", "alright", "feel", "feels", "felt", "that");
  /** {@link #namesSide}: one look-up. */
  private static final Set<String> SIDE_NAMES = union(LEFT, RIGHT, OTHER);
  /** Every word that can make a side other than unspecified, but for the plural leg words (see {@link #read}). */
  private static final Set<String> SIDE_CUES = union(LEFT, RIGHT, OTHER, BOTH, ONE_SIDED, Set.of("one"));

  private final Set<String> legParts;
  private final Set<String> pluralLegParts;
  private final Set<String> swellWords;

  LateralityReader(Lexicon lexicon) {
    this.legParts = lexicon.wordClass("legpart");
    this.pluralLegParts = lexicon.wordClass("legpart_plural");
    this.swellWords = lexicon.wordClass("swellword");
  }

  Laterality read(Sentence s, List<TriggerHit> hits, int start, int end) {
    if (!anySideCue(s)) {
      return Laterality.UNSPECIFIED; // what the reading below comes to when no word of it is in the sentence
    }
    int[] clause = clause(s, start, end);
    String[] figures = sideFigures(s, clause[0], clause[1]);
    if (girth(figures[0]) && girth(figures[1])) {
      // "calf circumference R 41 / L 37 cm": one leg the bigger; "R 38 / L 38": both alike
      return figures[0].equals(figures[1]) ? Laterality.BOTH : Laterality.ONE_SIDE;
    }
    Laterality near = near(s, hits, start, end);
    if (near == Laterality.UNSPECIFIED) {
      return wholeClause(s, start, end, null);
    }
    if (near == Laterality.BOTH && !namesBoth(s, start, end)) {
      // "ankles swollen L>R", "legs puffy, more on the left": a side set against the other, in the
      // finding's own part of the clause or in a part naming no leg of its own
      boolean[] asides = ownOrLegless(s, start, end);
      if (comparesSides(s, asides)) {
        Laterality side = wholeClause(s, start, end, asides);
        return side.oneLeg() ? side : near;
      }
    }
    if (near == Laterality.BOTH) {
      Laterality contrasted = sideSetAgainst(s, end);
      return contrasted != null ? contrasted : near;
    }
    return near;
  }

  /** A word in the sentence that a side is read from: a side, "both", "one", "other", a plural leg word. */
  private boolean anySideCue(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      String w = s.get(i).norm();
      if (SIDE_CUES.contains(w) || pluralLegParts.contains(w)) {
        return true;
      }
    }
    return false;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new java.util.HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }

  /** "later the left ankle swollen more": the side's own finding, read on its own. */
  private boolean ownFinding(Sentence s, int side) {
    for (int j = side + 1; j < Math.min(s.size(), side + 5); j++) {
      if (swellWords.contains(s.get(j).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Words that set one side above the other, in the four languages as the folded text reads them. */
  private static final Set<String> MORE = Set.of("worse", "more", "bigger", "larger", "fatter", "thicker",
      "puffier", "worst", "mas", "mayor", "peor", "mehr", "schlimmer", "starker", "dicker", "grosser", "plus", "pire");
  private static final Set<String> MAINLY = Set.of("especially", "mainly", "mostly", "particularly", "esp",
      "more", "mas", "mehr", "plus", "besonders", "vor", "sobre", "surtout", "principalmente", "especialmente",
      "hauptsachlich", "v");

  /**
   * After a finding of both legs, a side set above the other later in the sentence, across "but"
   * and commas: "both ankles swollen, left a lot worse than right", "beide dick, aber links deutlich
   * mehr", "las dos pero la izquierda bastante más", "les deux, surtout la gauche". Null when none.
   */
  private Laterality sideSetAgainst(Sentence s, int end) {
    for (int i = end; i < s.size() && !s.get(i).text().equals(";"); i++) {
      String w = s.get(i).norm();
      if (!(w.equals("left") || w.equals("right")) || comparedWith(s, i) || ownFinding(s, i)) {
        continue;
      }
      boolean set = false;
      for (int j = i + 1, words = 0; j < s.size() && words < 4 && !set; j++) {
        if (s.get(j).word()) {
          set = MORE.contains(s.get(j).norm());
          words++;
        }
      }
      for (int j = i - 1, words = 0; j >= end && words < 3 && !set; j--) {
        if (s.get(j).word()) {
          set = MAINLY.contains(s.get(j).norm());
          words++;
        }
      }
      if (set) {
        return w.equals("left") ? Laterality.LEFT : Laterality.RIGHT;
      }
    }
    return null;
  }

  /** "both", "bilateral", "left and right" in the clause: both legs said in words, not only a plural. */
  /** A word naming a side or "the other" one ("left", "rt", "andere"), as the reader folds it. */
  static boolean namesSide(String norm) {
    return SIDE_NAMES.contains(norm);
  }

  private static boolean namesBoth(Sentence s, int start, int end) {
    int[] clause = clause(s, start, end);
    for (int i = clause[0]; i < clause[1]; i++) {
      String w = s.get(i).norm();
      if (BOTH.contains(w) || w.equals("and") && i > 0 && i + 1 < s.size()
          && (LEFT.contains(s.get(i - 1).norm()) || RIGHT.contains(s.get(i - 1).norm()))
          && (LEFT.contains(s.get(i + 1).norm()) || RIGHT.contains(s.get(i + 1).norm()))) {
        return true;
      }
    }
    return false;
  }

  /** A side set against the other in the clause: "worse", "bigger", "more", "than", "L>R", "only". */
  private static boolean comparesSides(Sentence s, boolean[] allowed) {
    for (int i = 0; i < s.size(); i++) {
      // "other": a side a German, Spanish or French comparison names as the other leg ("links mehr als rechts")
      if (allowed[i] && (COMPARATIVES.contains(s.get(i).norm()) || comparedWith(s, i)
          || s.get(i).norm().equals("other"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word tokens of the finding's clause that lie in the finding's own comma-separated part, or
   * in a part that names no leg word ("more on the left"), not in another finding's part ("later
   * the left ankle swollen more").
   */
  private boolean[] ownOrLegless(Sentence s, int start, int end) {
    int[] clause = clause(s, start, end);
    boolean[] allowed = new boolean[s.size()];
    int i = clause[0];
    while (i < clause[1]) {
      int j = i;
      boolean legWord = false;
      while (j < clause[1] && s.get(j).word()) {
        legWord |= legParts.contains(s.get(j).norm());
        j++;
      }
      boolean own = i <= start && start < Math.max(j, i + 1);
      for (int k = i; k < j; k++) {
        allowed[k] = own || !legWord;
      }
      i = Math.max(j + 1, i + 1);
    }
    return allowed;
  }

  private static int[] clause(Sentence s, int start, int end) {
    int from = start;
    while (from > 0 && !terminator(s, from - 1)) {
      from--;
    }
    int to = end;
    while (to < s.size() && !terminator(s, to)) {
      to++;
    }
    return new int[] {from, to};
  }

  private Laterality near(Sentence s, List<TriggerHit> hits, int start, int end) {
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
   * A side named anywhere in the finding's clause (bounded by the sentence and by terminators such
   * as "but", not by commas or colons), or "the other" leg it is compared with; unspecified if
   * none or if both sides are named without a comparison.
   */
  private Laterality wholeClause(Sentence s, int start, int end, boolean[] allowed) {
    int[] clause = clause(s, start, end);
    int from = clause[0];
    int to = clause[1];
    boolean left = false;
    boolean right = false;
    boolean other = false;
    boolean otherNormal = false;
    for (int i = from; i < to; i++) {
      Token t = s.get(i);
      if (!t.word() || allowed != null && !allowed[i]) {
        continue;
      }
      if (comparedWith(s, i)) {
        otherNormal |= SideSaidNormal.said(s, i); // "right calf swollen, the left is not"
        continue;
      }
      String w = t.norm();
      boolean side = LEFT.contains(w) || RIGHT.contains(w);
      // "L>R": the L; "left worse than right", "right more than left": the side set against the other
      boolean pair = i + 1 < to && (comparedWith(s, i + 1) || COMPARATIVES.contains(s.get(i + 1).norm()));
      if (side && (namesSide(s, i, from, to) || standsAlone(s, i) || pair)) {
        left |= LEFT.contains(w);
        right |= RIGHT.contains(w);
      } else if (w.equals("one") && i + 1 < to && (legParts.contains(s.get(i + 1).norm())
          || s.get(i + 1).norm().equals("side"))) {
        other = true;
      } else if (ONE_SIDED.contains(w)) {
        other = true;
      } else if (OTHER.contains(w) && (i > from && Set.of("the", "my", "t'other").contains(s.get(i - 1).norm())
          || SideSaidNormal.said(s, i))) { // "the other", "other leg ok", "der andere nicht"
        other = true;
      }
    }
    if (left != right) {
      return left ? Laterality.LEFT : Laterality.RIGHT;
    }
    if (left ? SideSaidNormal.onlyOneSide(s, from, to) : otherNormal) {
      return Laterality.ONE_SIDE; // "goes on only the right, the left is too fat"; "..., the other is fine"
    }
    if (measuredApart(s, from, to)) {
      return Laterality.ONE_SIDE; // "calf circumference R 41 / L 37 cm"
    }
    return other && !left ? Laterality.ONE_SIDE : Laterality.UNSPECIFIED;
  }

  /** Each side followed by its own figure, the figures different: "R 41 / L 37", "re. 41 / li. 37 cm". */
  private boolean measuredApart(Sentence s, int from, int to) {
    String[] figures = sideFigures(s, from, to);
    return figures[0] != null && figures[1] != null && !figures[0].equals(figures[1]);
  }

  /** A figure that can be a leg's girth in centimetres (not "right 2 days"). */
  private static boolean girth(String figure) {
    return figure != null && Double.parseDouble(figure.replace(',', '.')) >= 10;
  }

  /** The figures written after (or just before) the left and the right side word, null where none. */
  private String[] sideFigures(Sentence s, int from, int to) {
    String leftFigure = null;
    String rightFigure = null;
    for (int i = from; i < to; i++) {
      String w = s.get(i).norm();
      if (!LEFT.contains(w) && !RIGHT.contains(w)) {
        continue; // only a side word's figure is kept
      }
      int j = i + 1;
      while (j < to && !s.get(j).word() && (s.get(j).text().equals(".") || s.get(j).text().equals(":"))) {
        j++;
      }
      if (j + 1 < to && legParts.contains(s.get(j).norm()) && isFigure(s.get(j + 1).norm())) {
        j++; // "Wade re. 38" read "right wade 38": the leg word between the side and its figure
      }
      String figure = j < to && isFigure(s.get(j).norm()) ? s.get(j).norm() : figureBefore(s, from, i);
      figure = figure == null ? null : withoutUnit(figure);
      if (figure != null) {
        if (LEFT.contains(w)) {
          leftFigure = figure;
        } else if (RIGHT.contains(w)) {
          rightFigure = figure;
        }
      }
    }
    return new String[] {leftFigure, rightFigure};
  }

  /** The figure just before a side word, its unit between: "41 cm right, 37 left". */
  private static boolean isFigure(String word) {
    // most words start with a letter: no matcher made for them
    return !word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9' && FIGURE.matcher(word).matches();
  }

  private static String withoutUnit(String figure) {
    int end = figure.length();
    while (end > 0 && Character.isLetter(figure.charAt(end - 1))) {
      end--;
    }
    return figure.substring(0, end);
  }

  private static String figureBefore(Sentence s, int from, int i) {
    int j = i - 1;
    if (j >= from && MEASURE_UNITS.contains(s.get(j).norm())) {
      j--;
    }
    return j >= from && isFigure(s.get(j).norm()) ? s.get(j).norm() : null;
  }

  /**
   * A side word on its own: before a colon or comma, at the end, or with more than a space after it
   * ("(right) since Monday", "left - worse"): "left: ankle swollen", "ankle swollen (R)".
   */
  private static boolean standsAlone(Sentence s, int i) {
    int next = i + 1 < s.size() && Set.of("one", "side").contains(s.get(i + 1).norm()) ? i + 2 : i + 1;
    // "(right one)", "left side:" end here too
    boolean endsHere = next >= s.size() || !s.get(next).word() || s.get(next).start() > s.get(next - 1).end() + 1;
    return endsHere && (i == 0 || !NOT_A_SIDE_BEFORE.contains(s.get(i - 1).norm()));
  }

  /**
   * A break between clauses for reading the side: a semicolon or a contrasting word. Not every
   * context terminator: "swollen only on the right", "swollen with the left worse" name the side.
   */
  private static boolean terminator(Sentence s, int i) {
    return s.get(i).text().equals(";") || CLAUSE_BREAKS.contains(s.get(i).norm());
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

  /**
   * The side word at {@code i} is what the finding is compared with: "than [the|my] right",
   * "compared to my right", "vs left", or the second of two side words written together ("L>R").
   */
  private static boolean comparedWith(Sentence s, int i) {
    if (!LEFT.contains(s.get(i).norm()) && !RIGHT.contains(s.get(i).norm())) {
      return false;
    }
    if (SideSaidNormal.said(s, i)) {
      return true;
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (!s.get(j).word()) {
        return s.get(j).text().equals(">"); // "L ankle > R ankle", "L > R": the side after the sign
      }
      String w = s.get(j).norm();
      if (COMPARING.contains(w)) {
        return true;
      }
      if (LEFT.contains(w) || RIGHT.contains(w)) {
        return j == i - 1 && s.get(i).start() - s.get(j).end() <= 3; // "L>R", "right > left"
      }
    }
    return false;
  }

  private boolean namesSide(Sentence s, int i, int from, int to) {
    if (SIDE_ITSELF.contains(s.get(i).norm())) {
      return true;
    }
    for (int j = i + 1; j < Math.min(to, i + 3); j++) {
      String next = s.get(j).norm();
      if (legParts.contains(next) || next.equals("side") || next.equals("sided")
          || (j == i + 1 && next.equals("only"))) {
        return true; // "L calf", "R sided", "(L only)"
      }
      if (SHORT_FORMS.contains(s.get(i).norm()) && !LEG_QUALIFIERS.contains(next)) {
        return false; // "L" must be followed directly by the leg word ("L lower leg" too)
      }
    }
    return !SHORT_FORMS.contains(s.get(i).norm()) && i > from && BEFORE_SIDE.contains(s.get(i - 1).norm());
  }

  private static boolean inClause(Sentence s, List<TriggerHit> hits, int i) {
    return s.get(i).word() && !terminator(s, i);
  }
}
