package org.rlsviewer.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A finding asked about, or reported by someone, and answered in the next sentence, in any of the four
 * languages: a question or checklist item with no answer on its line ("Snoring? Wife says no.",
 * "Schnarche? Mei Fraa sagt nee."), a question put to the writer ("Nurse asked if my legs were swollen.
 * I said no.", "Le médecin m'a demandé si je ronfle. J'ai dit non."), or what someone says or the writer
 * thought, denied after ("Kids say I snore. Not true!", "Mon mari dit que je ronfle, c'est pas vrai",
 * "Thought my left leg was swollen, false alarm"). A "no" sets the finding aside; a "yes" to a question
 * put to the writer affirms it ("Doctor asked if my legs were swollen. I said yes, the left one").
 */
final class AnswerAfter {

  /** The words of a short answer sentence may not exceed this ("I say no, no.", "Mei Fraa sagt nee."). */
  private static final int ANSWER_WORDS = 6;
  private static final Set<String> NO = Set.of("no", "nope", "nah", "never", "nee", "nein", "naa", "nö", "ne",
      "non", "nan", "nada", "nunca", "nie", "niente", "negative", "none");
  private static final Set<String> YES = Set.of("yes", "yeah", "yep", "ja", "jo", "si", "sí", "oui", "ouais");
  /** Words before a reported answer: "says no", "sagt nee", "dije que no", "j'ai dit non". */
  private static final Set<String> SAID = Set.of("says", "said", "say", "sagt", "sagte", "sag", "gesagt", "dice",
      "dijo", "dije", "que", "dit", "disait", "answered", "replied", "antwortete", "respond\u00ed", "r\u00e9pondu");
  /** Words that ask: a question put to the writer ("asked if", "fragte, ob", "preguntó si", "demandé si"). */
  private static final Set<String> ASK = Set.of("asked", "asks", "ask", "asking", "fragte", "fragt", "gefragt",
      "fragten", "pregunto", "preguntó", "pregunta", "preguntaron", "preguntado", "demande", "demandé",
      "demandait", "demandent");
  private static final Set<String> IF_WORDS = Set.of("if", "whether", "ob", "si", "about");
  /** Words that report or recall a claim: "says", "dice", "dit", "behauptet", "thought", "dachte". */
  private static final Set<String> CLAIM = Set.of("says", "said", "say", "thinks", "reckons", "claims", "alleges",
      "thought", "sagt", "sagte", "sagen", "meint", "behauptet", "dachte", "glaubte", "dice", "dicen", "dijo",
      "crei", "creí", "pense", "pensé", "dit", "disent", "pensais", "croyais", "cru");
  /** A denial opening a clause or sentence: "not true", "stimmt nicht", "no es verdad", "c'est pas vrai". */
  private static final Set<String> DENIALS = Set.of("not true", "untrue", "false alarm", "it isn't", "it's not",
      "they aren't", "they're not", "they don't", "they dont", "it doesn't", "it is not", "they are not", "nonsense",
      "stimmt nicht", "stimmt net", "stimmt ned", "stimmt nit", "fehlalarm", "falscher alarm", "quatsch",
      "no es verdad", "es mentira", "mentira", "falsa alarma", "no es cierto", "pas vrai", "c'est pas vrai",
      "c'est faux", "fausse alerte", "n'est pas vrai", "pa vrai", "c'est pa vrai", "c est pas vrai", "c est faux",
      "n est pas vrai", "c est pa vrai");
  private static final Set<String> DENIAL_OPENERS = Set.of("not", "untrue", "false", "it", "it's", "they",
      "they're", "nonsense", "stimmt", "fehlalarm", "falscher", "quatsch", "no", "es", "mentira", "falsa", "pas",
      "c'est", "fausse", "n'est", "pa", "c", "n");

  private AnswerAfter() {}

  /** The answer the text after the finding at tokens [start, end) of sentence {@code si} gives it, if any. */
  static Optional<Assertion> answer(List<Sentence> sentences, List<List<TriggerHit>> hits, int si, int start,
      int end) {
    Sentence s = sentences.get(si);
    boolean asked = asksWriter(s, start);
    boolean claimed = asked || claimBefore(s, start);
    if (claimed && denialAfter(s, end, false)) {
      return Optional.of(new Assertion(true, false, false, false)); // "Mon mari dit que je ronfle, c'est pas vrai"
    }
    boolean unanswered = endsWithQuestion(s, end);
    if (si + 1 >= sentences.size() || !asked && !unanswered && !claimed) {
      return Optional.empty();
    }
    Sentence next = sentences.get(si + 1);
    if ((asked || unanswered) && shortAnswer(next)) {
      String said = firstOf(next, NO) ? "no" : firstOf(next, YES) ? "yes" : "";
      if (said.equals("no")) {
        return Optional.of(new Assertion(true, false, false, false)); // "Snoring? Wife says no."
      }
      if (said.equals("yes") && asked) {
        return Optional.of(Assertion.AFFIRMED); // "Doctor asked if my legs were swollen. I said yes."
      }
    }
    if (claimed && denialAfter(next, 0, true)) {
      return Optional.of(new Assertion(true, false, false, false)); // "Kids say I snore. Not true!"
    }
    return Optional.empty();
  }

  private static boolean asksWriter(Sentence s, int start) {
    for (int i = Math.max(0, start - 10); i < start; i++) {
      if (s.get(i).word() && ASK.contains(s.get(i).norm())) {
        for (int j = i + 1; j < Math.min(start, i + 4); j++) {
          if (IF_WORDS.contains(s.get(j).norm())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean claimBefore(Sentence s, int start) {
    for (int i = Math.max(0, start - 6); i < start; i++) {
      if (s.get(i).word() && CLAIM.contains(s.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithQuestion(Sentence s, int end) {
    int i = end;
    while (i < s.size() && s.get(i).word()) {
      i++;
    }
    return i == s.size() - 1 && s.get(i).text().equals("?");
  }

  private static boolean shortAnswer(Sentence next) {
    int words = 0;
    for (int i = 0; i < next.size() && next.get(i).word(); i++) {
      words++;
    }
    return words > 0 && words <= ANSWER_WORDS;
  }

  /**
   * A yes or no among the words of the answer's first clause; a "no" must close it ("Wife says no.",
   * "I say no, no."; not "No idea why").
   */
  private static boolean firstOf(Sentence s, Set<String> answers) {
    for (int i = 0; i < s.size() && s.get(i).word(); i++) {
      boolean placed = i == 0 || SAID.contains(s.get(i - 1).norm()); // "No.", "Wife says no", "Le dije que no"
      if (answers.contains(s.get(i).norm()) && placed
          && (answers == YES || i + 1 >= s.size() || !s.get(i + 1).word() || answers.contains(s.get(i + 1).norm()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A denial opening a clause after {@code from}: at a clause start ("..., c'est pas vrai") or, with
   * {@code atStart}, opening the sentence ("Not true!").
   */
  private static boolean denialAfter(Sentence s, int from, boolean atStart) {
    for (int i = from; i < s.size(); i++) {
      boolean opens = i == 0 || !s.get(i - 1).word()
          || Set.of("but", "aber", "pero", "mais", "mé", "me").contains(s.get(i - 1).norm());
      if (s.get(i).word() && opens && DENIAL_OPENERS.contains(s.get(i).norm()) && denial(s, i)) {
        return true;
      }
      if (atStart) {
        return false;
      }
    }
    return false;
  }

  private static boolean denial(Sentence s, int i) {
    StringBuilder words = new StringBuilder();
    for (int j = i; j < Math.min(s.size(), i + 4) && s.get(j).word(); j++) {
      words.append(j > i ? " " : "").append(s.get(j).norm());
      if (DENIALS.contains(words.toString())) {
        return j + 1 >= s.size() || !s.get(j + 1).word(); // "it's not just the heat" denies nothing
      }
    }
    return false;
  }
}
