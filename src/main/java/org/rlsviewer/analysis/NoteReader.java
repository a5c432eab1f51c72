package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a patient's free text: finds the concepts of the lexicon and says for each whether it is
 * affirmed, negated, hypothetical, historical or someone else's, and on which side. Stateless once
 * built; safe to share between threads.
 */
final class NoteReader {

  private static final Set<String> GAP_CROSSES = Set.of("so", "just", "only", "now", "with", "since", "then",
      "while", "which", "who", "cause");
  /** Words before "'s" that are no other person ("today's swelling", "it's swollen"). */
  private static final Set<String> NOT_A_PERSON_POSSESSIVE = Set.of("it", "that", "what", "there", "here", "who",
      "he", "she", "let", "today", "tonight", "yesterday", "night", "week", "morning", "evening", "day", "everything",
      "something", "nothing", "one");
  private static final NoteReader BUILT_IN = new NoteReader(Lexicon.builtIn(), TriggerSet.builtIn());

  private final Lexicon lexicon;
  private final TriggerSet triggers;
  private final LateralityReader laterality;

  NoteReader(Lexicon lexicon, TriggerSet triggers) {
    this.lexicon = lexicon;
    this.triggers = triggers;
    this.laterality = new LateralityReader(lexicon);
  }

  static NoteReader builtIn() {
    return BUILT_IN;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Every mention in the text, in reading order. The text is read normalised (see
   * {@link TextNormaliser}); offsets and matched words are those of the original text.
   */
  List<Mention> read(String text) {
    TextNormaliser.Normalised normalised = TextNormaliser.normalise(text);
    List<Mention> mentions = new ArrayList<>();
    List<Sentence> sentences = Tokeniser.sentences(withoutScaleHints(normalised.text()));
    List<List<TriggerHit>> hitsBySentence = new ArrayList<>();
    List<List<ConceptMatch>> matchesBySentence = new ArrayList<>();
    for (Sentence s : sentences) {
      List<TriggerHit> hits = triggers.find(s);
      hitsBySentence.add(hits);
      matchesBySentence.add(lexicon.find(s, terminatorTokens(s, hits)));
    }
    boolean byProxy = ProxyWriter.writesForPatient(matchesBySentence);
    boolean onlyPronouns = !byProxy
        && ProxyWriter.onlyBarePronouns(sentences, hitsBySentence, lexicon.wordClass(ProxyWriter.PRONOUN_CLASS));
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<TriggerHit> hits = byProxy
          ? ProxyWriter.withoutPatient(s, hitsBySentence.get(si), lexicon.wordClass(ProxyWriter.PATIENT_CLASS))
          : hitsBySentence.get(si);
      for (ConceptMatch m : matchesBySentence.get(si)) {
        if (m.concept().equals(ProxyWriter.CONCEPT) || !bodyPartAllows(s, m) || namesPartOfLeg(s, m)
            || CauseWords.putElsewhere(lexicon, s, m)) {
          continue;
        }
        Assertion assertion = ContextAssessor.assess(s, hits, m.tokenStart(), m.tokenEnd(), m.literals());
        assertion = AnswerAfter.answer(sentences, hitsBySentence, si, m.tokenStart(), m.tokenEnd()).orElse(assertion);
        if (!byProxy && (assertion.flaggable() || assertion.otherPerson() && !assertion.negated()
            && !assertion.hypothetical() && !assertion.historical())
            && SelfContrast.appliesTo(sentences, hitsBySentence, si, m.tokenStart(), m.tokenEnd())) {
          assertion = new Assertion(false, false, false, true); // "Le matelot a les jambes enflées, pas moi."
        } else if (!byProxy && someoneElsesLeg(s, m)) {
          assertion = new Assertion(assertion.negated(), assertion.hypothetical(), assertion.historical(), true);
        } else if (onlyPronouns && assertion.otherPerson() && !assertion.negated() && !assertion.hypothetical()
            && !assertion.historical()) {
          // "his legs gave way" with no one named: a carer's note about the patient, or someone else's
          assertion = new Assertion(false, false, false, true, true);
        }
        int start = normalised.originalStart(s.get(m.tokenStart()).start());
        int end = normalised.originalEnd(s.get(m.tokenEnd() - 1).end());
        List<String> words = new ArrayList<>(m.length());
        for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
          if (s.get(i).word()) {
            words.add(s.get(i).norm());
          }
        }
        mentions.add(new Mention(m.concept(), start, end, text.substring(start, end), assertion,
            laterality.read(s, hits, m.tokenStart(), m.tokenEnd()), words));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    return mentions;
  }

  /** A scale or unit hint in a checklist header, before its colon: "Weakness (0-3): 2", "Schwellung (j/n): j". */
  private static final java.util.regex.Pattern SCALE_HINT = java.util.regex.Pattern.compile(
      "\\(\\s*(?:\\d{1,2}\\s*[-/]\\s*\\d{1,2}|\\p{L}{1,3}\\s*/\\s*\\p{L}{1,3}|mg|cm|mm)\\s*\\)(?=\\s*:)");

  /** The text with such hints blanked out, every other character where it was (offsets stay valid). */
  private static String withoutScaleHints(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    java.util.regex.Matcher m = SCALE_HINT.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      out = out == null ? new StringBuilder(text) : out;
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out == null ? text : out.toString();
  }

  /** How the sentence asserts a finding already located at tokens [start, end) (used for evaluation). */
  Assertion assess(Sentence s, int start, int end) {
    Set<Integer> literals = java.util.stream.IntStream.range(start, end).boxed().collect(Collectors.toSet());
    return ContextAssessor.assess(s, triggers.find(s), start, end, literals);
  }

  /**
   * A concept restricted to the legs (per lexicon class {@code legonly}) is dropped when it names no
   * leg word, another body part or a word that puts it elsewhere (class {@code notlegcontext}: "numb
   * lip from the dentist", "numb with boredom") stands within three words, and no leg word does
   * ("swollen glands", "hands swelling"; but "numb hands and feet" counts).
   */
  private boolean bodyPartAllows(Sentence s, ConceptMatch m) {
    if (!lexicon.wordClass("legonly").contains(m.concept())) {
      return true;
    }
    Set<String> legParts = lexicon.wordClass("legpart");
    for (int i : m.literals()) {
      if (legParts.contains(s.get(i).norm())) {
        return true;
      }
    }
    Set<String> otherParts = lexicon.wordClass("otherpart");
    Set<String> notLeg = lexicon.wordClass("notlegcontext");
    boolean otherNear = false;
    for (int i = Math.max(0, m.tokenStart() - 3); i < Math.min(s.size(), m.tokenEnd() + 3); i++) {
      if (!s.get(i).word()) {
        continue;
      }
      String w = s.get(i).norm();
      if (legParts.contains(w)) {
        return true;
      }
      otherNear |= otherParts.contains(w) || notLeg.contains(w) && !aboutATime(s, i);
    }
    return !otherNear;
  }

  private static final Set<String> TIME_UNITS = Set.of("minute", "minutes", "min", "mins", "hour", "hours", "hr",
      "hrs", "day", "days", "night", "nights", "week", "weeks", "wk", "wks", "month", "months", "year", "years",
      "fortnight", "midnight", "noon", "lunch", "lunchtime", "teatime", "bedtime", "am", "pm");

  /** "for about a week", "about 3 days", "about 10pm": "about" a time, not a topic ("about the film"). */
  private static boolean aboutATime(Sentence s, int i) {
    if (!s.get(i).norm().equals("about")) {
      return false;
    }
    for (int j = i + 1; j < Math.min(s.size(), i + 4); j++) {
      String w = s.get(j).norm();
      if (TIME_UNITS.contains(w) || w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A leg finding whose leg word follows a possessive that is not the patient's ("dispatcher's
   * ankles swole up", "the heifer's leg is swollen"): someone else's, whoever it is.
   */
  private boolean someoneElsesLeg(Sentence s, ConceptMatch m) {
    if (!lexicon.wordClass("legonly").contains(m.concept())) {
      return false;
    }
    Set<String> legParts = lexicon.wordClass("legpart");
    for (int i = Math.max(1, m.tokenStart() - 2); i < Math.min(s.size(), m.tokenEnd() + 2); i++) {
      if (legParts.contains(s.get(i).norm())) {
        Token before = s.get(i - 1);
        String text = before.text().toLowerCase(java.util.Locale.ROOT);
        return before.word() && text.endsWith("'s") && !NOT_A_PERSON_POSSESSIVE.contains(before.norm());
      }
    }
    return false;
  }

  /**
   * A concept of lexicon class {@code notlegsafter} is dropped when "of" and a leg word follow
   * within three words, after the match or inside it: "numb on the bottom of my feet" and "bottom
   * of my feet numb" are not saddle numbness.
   */
  private boolean namesPartOfLeg(Sentence s, ConceptMatch m) {
    if (!lexicon.wordClass("notlegsafter").contains(m.concept())) {
      return false;
    }
    Set<String> legParts = lexicon.wordClass("legpart");
    for (int of = m.tokenStart() + 1; of <= m.tokenEnd() && of < s.size(); of++) {
      if (!s.get(of).norm().equals("of")) {
        continue;
      }
      for (int i = of + 1; i < Math.min(s.size(), of + 4); i++) {
        if (legParts.contains(s.get(i).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The tokens a gap of a concept pattern may not cross: terminators that turn to another matter
   * ("but", "however", "except"). Terminators that only end a trigger's scope are crossed: "legs so
   * weak", "legs just sort of went", "nodded off while driving".
   */
  private static Set<Integer> terminatorTokens(Sentence s, List<TriggerHit> hits) {
    Set<Integer> blocked = null;
    for (TriggerHit h : hits) {
      if (h.is(TriggerKind.TERMINATOR) && (h.end() - h.start() != 1 || !GAP_CROSSES.contains(s.get(h.start()).norm()))) {
        blocked = blocked == null ? new java.util.HashSet<>() : blocked;
        for (int i = h.start(); i < h.end(); i++) {
          blocked.add(i);
        }
      }
    }
    return blocked == null ? Set.of() : blocked;
  }
}
