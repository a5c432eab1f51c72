package org.rlsviewer.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Diaries kept as a checklist: a finding, a separator (":", "?", "-", "=") and an answer.
 * "Numbness: no", "Weakness? none", "swelling - 0" negate the finding; "numbness: yes", "swelling: yes
 * (left)", "weakness: a little" affirm it, whatever other cues the line holds. The finding must open
 * its clause and a negative answer must be bare: "left leg swollen - no pain" is a sentence.
 */
final class Checklist {

  /** Words between the finding and its separator ("numbness in feet: no"). */
  private static final int HEADER_TAIL = 3;
  /** A negative answer is short; "numbness - no feeling in my left foot" is a sentence, not an answer. */
  private static final int NEGATIVE_ANSWER_WORDS = 3;
  private static final Set<String> SEPARATORS = Set.of(":", "?", "-", "=");
  private static final Set<String> NEGATIVE = Set.of("no", "none", "nil", "n", "nope", "never", "negative", "neg",
      "absent", "nothing", "zero", "0", "x", "nah", "normal",
      // German, Spanish, French checklist answers
      "nein", "keine", "kein", "nichts", "ninguno", "ninguna", "nada", "non", "aucun", "aucune", "rien",
      "naa", "nee", "nö", "noe", "noa", "nan", // spoken and dialect "no" ("Taub? Naa.", "Gonflé ? Nan.")
      "false", "falsch", "falso", "faux"); // a form's boolean ("numb: false")
  private static final Set<String> PAIR_OPENERS = Set.of("para", "pas", "gar", "uberhaupt", "\u00fcberhaupt",
      "ueberhaupt", "absolument", "nicht", "en");
  /** Two-word negative answers: "para nada", "pas du tout", "überhaupt nicht", "gar nicht". */
  private static final Set<String> NEGATIVE_PAIRS = Set.of("para nada", "en absoluto", "pas du", "absolument pas",
      "uberhaupt nicht", "\u00fcberhaupt nicht", "ueberhaupt nicht", "gar nicht", "gar nichts", "gar net",
      "gar ned", "not really", "nicht wirklich", "pas vraiment", "no realmente", "de ninguna");
  private static final Set<String> NOT_ANSWERS = Set.of("really", "at", "present", "today", "tonight", "now", "any");
  /** Words that may follow a negative answer without making it a sentence ("none today", "no, not at all"). */
  private static final Set<String> FILLERS = Set.of("today", "tonight", "now", "thanks", "at", "all", "really",
      "whatsoever", "this", "week", "evening", "morning", "night", "again", "either", "still", "yet", "so", "far",
      "none", "nothing", "not", "present", "noticed", "seen", "ta", "thank", "you", "lol");
  /** Words a header may have before its finding ("Any numbness? no", "L leg swelling: yes"). */
  private static final int HEADER_LEAD = 2;
  private static final Set<String> AFFIRMATIVE = Set.of("yes", "y", "yeah", "yep", "yup", "present", "some", "little",
      "bit", "slight", "slightly", "mild", "mildly", "moderate", "severe", "lots", "definitely", "worse",
      "ja", "leicht", "etwas", "s\u00ed", "si", "poco", "oui", "un", "peu", "l\u00e9ger", "l\u00e9g\u00e8re",
      "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "true", "wahr", "verdadero", "vrai");
  /** Words opening an answer that says the writer does not know ("don't know", "keine Ahnung", "ni idea"). */
  private static final Set<String> UNKNOWN_OPENERS = Set.of("don't", "don", "dont", "dunno", "unsure", "unknown", "weiss",
      "wei\u00df", "ni", "sais", "nsp");
  private static final Set<String> UNKNOWN_PAIRS = Set.of("don't know", "dont know", "not sure", "no idea",
      "weiss nicht", "wei\u00df nicht", "keine ahnung", "no se", "no s\u00e9", "ni idea", "sais pas", "aucune idee",
      "aucune id\u00e9e", "pas sur", "pas s\u00fbr");

  /** An answer that is only "don't know" ("Snoring? Don't know, I live alone"; not "No idea why but yes"). */
  private static boolean unknownAnswer(Sentence s, int from) {
    String first = s.get(from).norm();
    String second = from + 1 < s.size() && s.get(from + 1).word() ? s.get(from + 1).norm() : "";
    int words = Set.of("dunno", "unsure", "unknown", "nsp").contains(first) ? 1
        : UNKNOWN_PAIRS.contains(first + " " + second) ? 2 : 0;
    return words > 0 && (from + words >= s.size() || !s.get(from + words).word());
  }

  private static final Set<String> A_LITTLE = Set.of("little", "bit", "lot", "few");
  /**
   * Words opening an answer that names where ("Swollen legs? Right only.", "¿Piernas hinchadas? Solo la
   * derecha.", "Beine dick? Nur rechts."): the finding is affirmed and the answer gives its side.
   */
  private static final Set<String> WHERE = Set.of("only", "right", "left", "the", "both", "nur", "solo", "que",
      "seulement", "uniquement", "juste", "la", "le", "el", "los", "las", "les");
  private static final Set<String> ARTICLES = Set.of("la", "le", "el", "los", "las", "les");

  /** The norm of a ticked box or a tick ("[x]", "\u2714"), and of an empty box or a cross ("[ ]", "\u2718"). */
  static final String TICKED = "\u2611";
  static final String UNTICKED = "\u2610";
  private static final String TICKS = "\u2713\u2714\u2611\u2705\u2612\u25A0";
  private static final String CROSSES = "\u2717\u2718\u2716\u274C\u2610\u25A1\u2B1C";

  private Checklist() {}

  /** True for a tick or cross mark standing alone. */
  static boolean isMark(char c) {
    return TICKS.indexOf(c) >= 0 || CROSSES.indexOf(c) >= 0;
  }

  /** The norm of a box ("[ ]" empty, "[x]" ticked) or a mark (a tick, a cross). */
  static String markNorm(String piece) {
    if (piece.startsWith("[")) {
      return piece.substring(1, piece.length() - 1).isBlank() ? UNTICKED : TICKED;
    }
    return TICKS.indexOf(piece.charAt(0)) >= 0 ? TICKED : UNTICKED;
  }

  static boolean isBox(Token t) {
    return !t.word() && (t.norm().equals(TICKED) || t.norm().equals(UNTICKED));
  }

  /**
   * A finding ticked or left empty in a checklist: a box just before its clause ("[x] legs gave way",
   * "[ ] numb"), or a tick or cross straight after it ("legs buckling \u2714", "numb \u2718").
   */
  private static Optional<Assertion> boxed(Sentence s, int lead, int end) {
    Token mark = null;
    if (lead > 0 && isBox(s.get(lead - 1)) && !boxesFollowItems(s)) {
      mark = s.get(lead - 1);
    } else {
      int after = end;
      while (after < s.size() && after - end < HEADER_TAIL && s.get(after).word()) {
        after++;
      }
      if (after < s.size() && isBox(s.get(after)) && !s.get(after).text().startsWith("[")) {
        mark = s.get(after);
      }
    }
    if (mark == null) {
      return Optional.empty();
    }
    return Optional.of(mark.norm().equals(TICKED) ? Assertion.AFFIRMED : new Assertion(true, false, false, false));
  }

  /** A form whose first box comes after words ("magnesium ☑ diarrhoea ☐") puts each box after its item. */
  private static boolean boxesFollowItems(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (isBox(s.get(i))) {
        return i > 0 && s.get(i - 1).word();
      }
    }
    return false;
  }

  /** True for a word that may open a checklist answer (then a "?" before it does not end the sentence). */
  static boolean isAnswerWord(String norm) {
    return NEGATIVE.contains(norm) || UNKNOWN_OPENERS.contains(norm) || AFFIRMATIVE.contains(norm) || WHERE.contains(norm) && !ARTICLES.contains(norm)
        || norm.equals("not") || norm.equals("a") || PAIR_OPENERS.contains(norm);
  }

  /**
   * Where the answer to a checklist item ends (exclusive), so its words can be read for a side
   * ("swelling: yes (left)"); {@code end} when the finding is no checklist item.
   */
  static int answerEnd(Sentence s, List<TriggerHit> hits, int start, int end) {
    if (answer(s, hits, start, end).isEmpty()) {
      return end;
    }
    int i = end;
    while (i < s.size() && s.get(i).word()) {
      i++;
    }
    if (i >= s.size() || isBox(s.get(i))) {
      return i; // "[x] swollen (L only) [ ] snoring"
    }
    i += 1; // the separator
    while (i < s.size() && s.get(i).word()) {
      i++;
    }
    if (i + 1 < s.size() && (s.get(i).text().equals(";") || s.get(i).norm().equals("-")) && s.get(i + 1).word()) {
      i += 1; // "Schwellung: ja - linker Knöchel": the answer goes on after a dash
      while (i < s.size() && s.get(i).word()) {
        i++;
      }
    }
    return i;
  }

  /** An answer naming a side: "right only", "solo la derecha" (read "solo la the right"), "nur rechts". */
  private static boolean namesWhere(Sentence s, int from, int to) {
    if (!WHERE.contains(s.get(from).norm())) {
      return false;
    }
    for (int i = from; i < Math.min(to, from + 4); i++) {
      String w = s.get(i).norm();
      if (w.equals("right") || w.equals("left") || w.equals("both")) {
        return true;
      }
    }
    return false;
  }

  /** The answer given to a finding at tokens [start, end) written as a checklist item, if it is one. */
  static Optional<Assertion> answer(Sentence s, List<TriggerHit> hits, int start, int end) {
    int lead = start;
    while (lead > 0 && s.get(lead - 1).word()) {
      lead--;
    }
    int clauseStart = lead;
    if (start - lead <= HEADER_LEAD) {
      Optional<Assertion> boxed = boxed(s, lead, end);
      if (boxed.isPresent()) {
        return boxed;
      }
    }
    if (start - lead > HEADER_LEAD || hits.stream().anyMatch(h -> h.start() >= clauseStart && h.start() < start
        && !h.is(TriggerKind.FIRST_PERSON))) {
      return Optional.empty(); // "no numbness - bad night" is a sentence, not a checklist line
    }
    int sep = end;
    while (sep < s.size() && sep - end < HEADER_TAIL && s.get(sep).word()) {
      sep++;
    }
    if (sep + 1 >= s.size() || s.get(sep).word() || !SEPARATORS.contains(s.get(sep).text())) {
      return Optional.empty();
    }
    if (s.get(sep + 1).norm().equals("-") && (sep + 2 >= s.size() || !s.get(sep + 2).word())) {
      return Optional.of(new Assertion(true, false, false, false)); // "swelling: -"
    }
    if (s.get(sep + 1).text().equals("?") && (sep + 2 >= s.size() || !s.get(sep + 2).word())) {
      return Optional.of(new Assertion(false, true, false, false)); // "Snore: ?": not known
    }
    if (!s.get(sep + 1).word()) {
      return Optional.empty();
    }
    int from = sep + 1;
    if (unknownAnswer(s, from)) {
      return Optional.of(new Assertion(false, true, false, false)); // "Snoring? Don't know, I live alone."
    }
    if (hits.stream().anyMatch(h -> h.start() == from && h.is(TriggerKind.PSEUDO))) {
      return Optional.empty(); // "swelling: no change", "numbness: not much"
    }
    int answerEnd = from;
    while (answerEnd < s.size() && s.get(answerEnd).word()) {
      answerEnd++;
    }
    String first = s.get(from).norm();
    String second = from + 1 < answerEnd ? s.get(from + 1).norm() : "";
    boolean negative = NEGATIVE.contains(first) || (first.equals("not") && NOT_ANSWERS.contains(second))
        || NEGATIVE_PAIRS.contains(first + " " + second);
    if (NEGATIVE_PAIRS.contains(first + " " + second)) {
      return Optional.of(new Assertion(true, false, false, false)); // "¿Piernas débiles? Para nada, hoy corrí"
    }
    boolean bare = true;
    for (int i = from + 1; i < answerEnd; i++) {
      bare &= FILLERS.contains(s.get(i).norm()) || NOT_ANSWERS.contains(s.get(i).norm());
    }
    if (negative && bare && answerEnd - from <= NEGATIVE_ANSWER_WORDS) {
      return Optional.of(new Assertion(true, false, false, false));
    }
    if (AFFIRMATIVE.contains(first) || (first.equals("a") && A_LITTLE.contains(second)) || namesWhere(s, from, answerEnd)) {
      return Optional.of(Assertion.AFFIRMED);
    }
    return Optional.empty();
  }
}
