package org.rlsviewer.analysis;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words beside a finding that give it a cause other than a sign, read from lexicon classes so that each
 * language names its own: a thing tripped over, an occasion behind weak knees, a thing that is weak or fell, an
 * anaesthetic behind numbness. Such a finding is not a mention at all ("tripped over the hose", "weak
 * knees before the interview", "my blood pressure fell", "epidural yesterday, numb from the waist
 * down"); with no such word, or a leg word in the finding's own stretch of words, it stays.
 */
final class CauseWords {

  /** Words of one trip or fall, and the things tripped over within three words. */
  static final String TRIP_WORD = "tripword";
  static final String TRIP_THING = "tripthing";
  /** Findings (class of concept names) that an emotion in the sentence explains: "weiche Knie vor der Prüfung". */
  static final String EMOTION_PRONE = "emotionprone";
  static final String EMOTION = "emotioncontext";
  /**
   * Things that are weak or fall without the patient: a body measure, a drink, a signal, a price ("blood
   * pressure fell", "la tension chute", "café flojo", "the wifi signal is weak upstairs").
   */
  static final String THING_SUBJECT = "thingsubject";
  /** Findings (concept names) such a thing can explain. */
  static final String THING_PRONE = "thingprone";
  /** Findings (concept names) that an anaesthetic in the sentence explains, and its words. */
  static final String ANAESTHETIC_PRONE = "anaestheticprone";
  static final String ANAESTHETIC = "anaesthetic";
  /**
   * Findings (concept names) that a sensation named as no longer felt explains, the verbs of feeling and the
   * sensations: "I can't feel the pain in my legs anymore", "je ne sens plus de fourmillements dans les
   * jambes" say a symptom has gone, not that the leg has no feeling.
   */
  static final String SENSATION_PRONE = "sensationprone";
  static final String FEEL_VERB = "feelverb";
  static final String SENSATION = "sensationword";
  /**
   * Findings (concept names) that a posture, pressure or cold explains when the sentence also says it passed
   * at once, the cause words and the passing words: "feet numb after sitting on the floor, fine after 5
   * min", "se me duerme el pie en la moto y al bajarme se pasa", "Zehen taub, Schuhe zu eng, sofort weg".
   */
  static final String TRANSIENT_PRONE = "transientprone";
  static final String TRANSIENT_CAUSE = "transientcause";
  static final String TRANSIENT_GONE = "transientgone";
  /** Words that, one or two words before a passing word, keep it from telling a passing: "hasn't gone", "left foot fine", "auf dem Weg". */
  static final String TRANSIENT_BLOCK = "transientblock";
  /** Words that liken rather than give a cause: "numb, like after the dentist". */
  static final String LIKENING = "likening";

  private CauseWords() {}

  static boolean putElsewhere(Lexicon lexicon, Sentence s, ConceptMatch m) {
    return trippedOverAThing(lexicon, s, m) || saidOfAThing(lexicon, s, m)
        || explainedBy(lexicon, s, m, EMOTION_PRONE, EMOTION)
        || explainedBy(lexicon, s, m, ANAESTHETIC_PRONE, ANAESTHETIC) && !legWordInStretch(lexicon, s, m)
        || sensationNotFelt(lexicon, s, m)
        || explainedBy(lexicon, s, m, TRANSIENT_PRONE, TRANSIENT_CAUSE)
            && passedAtOnce(lexicon, s, m);
  }

  /** A passing word outside the finding, with no negation, article, leg or bladder word just before it. */
  private static boolean passedAtOnce(Lexicon lexicon, Sentence s, ConceptMatch m) {
    Set<String> gone = lexicon.wordClass(TRANSIENT_GONE);
    Set<String> block = new HashSet<>(lexicon.wordClass(TRANSIENT_BLOCK));
    block.addAll(lexicon.wordClass("legpart"));
    for (int i = 0; i < s.size(); i++) {
      if ((i < m.tokenStart() || i >= m.tokenEnd()) && s.get(i).word() && gone.contains(s.get(i).norm())
          && !anyWithin(s, block, i - 2, i)) {
        return true;
      }
    }
    return false;
  }

  /** A sensation word within four words after a verb of feeling inside the finding: the sensation is what is not felt. */
  private static boolean sensationNotFelt(Lexicon lexicon, Sentence s, ConceptMatch m) {
    if (!lexicon.wordClass(SENSATION_PRONE).contains(m.concept())) {
      return false;
    }
    Set<String> verbs = lexicon.wordClass(FEEL_VERB);
    for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
      if (s.get(i).word() && verbs.contains(s.get(i).norm())
          && anyWithin(s, lexicon.wordClass(SENSATION), i + 1, Math.min(m.tokenEnd(), i + 5))) {
        return true;
      }
    }
    return false;
  }

  /** One trip word alone, a thing tripped over within three words: "über den Gartenschlauch gestolpert". */
  private static boolean trippedOverAThing(Lexicon lexicon, Sentence s, ConceptMatch m) {
    if (m.literals().size() != 1 || !lexicon.wordClass(TRIP_WORD).contains(s.get(m.tokenStart()).norm())) {
      return false;
    }
    return anyWithin(s, lexicon.wordClass(TRIP_THING), m.tokenStart() - 3, m.tokenEnd() + 3);
  }

  /** A finding opened within two words after such a thing: "my blood pressure fell", "café flojo y piernas inquietas". */
  private static boolean saidOfAThing(Lexicon lexicon, Sentence s, ConceptMatch m) {
    if (!lexicon.wordClass(THING_PRONE).contains(m.concept())) {
      return false;
    }
    Set<String> things = lexicon.wordClass(THING_SUBJECT);
    for (int i = m.tokenStart() - 1; i >= Math.max(0, m.tokenStart() - 2) && s.get(i).word(); i--) {
      if (things.contains(s.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  private static boolean explainedBy(Lexicon lexicon, Sentence s, ConceptMatch m, String prone, String cause) {
    if (!lexicon.wordClass(prone).contains(m.concept())) {
      return false;
    }
    Set<String> causes = lexicon.wordClass(cause);
    Set<String> likening = lexicon.wordClass(LIKENING);
    for (int i = 0; i < s.size(); i++) {
      if ((i < m.tokenStart() || i >= m.tokenEnd()) && s.get(i).word() && causes.contains(s.get(i).norm())
          && !anyWithin(s, likening, i - 3, i)) {
        return true;
      }
    }
    return false;
  }

  /** A leg word in the finding or in its stretch of words between punctuation ("Lippe noch taub, Beine unruhig" has none). */
  private static boolean legWordInStretch(Lexicon lexicon, Sentence s, ConceptMatch m) {
    Set<String> legs = lexicon.wordClass("legpart");
    int from = m.tokenStart();
    while (from > 0 && s.get(from - 1).word()) {
      from--;
    }
    int to = m.tokenEnd();
    while (to < s.size() && s.get(to).word()) {
      to++;
    }
    return anyWithin(s, legs, from, to);
  }

  private static boolean anyWithin(Sentence s, Set<String> words, int from, int to) {
    if (words.isEmpty()) {
      return false;
    }
    for (int i = Math.max(0, from); i < Math.min(s.size(), to); i++) {
      if (s.get(i).word() && words.contains(s.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ causes read from the note's own text

  /** The swelling's cause words of every language, in {@code cause-words.txt}: new words go there. */
  private static final PhraseList TEXT_WORDS = PhraseList.builtIn("cause-words.txt");
  private static final Pattern LOCAL_CAUSE = TEXT_WORDS.words("localcause");
  private static final Pattern OTHER_PART = TEXT_WORDS.words("otherpart");
  private static final Pattern LEG_WORD = TEXT_WORDS.words("legword");

  /**
   * A local cause named in the sentence of the words [start, end) for a swelling or redness: a bite or sting
   * ("mosquito bite on my left calf swelled up", "Mückenstich an der Wade"), a skin complaint ("the redness from
   * the eczema"), shoes not yet broken in or laced too tight ("zu eng geschnürt", "aflojé los cordones").
   */
  static boolean localCauseAround(String text, int start, int end) {
    return LOCAL_CAUSE.matcher(SentenceText.around(text, start, end)).find();
  }

  /**
   * The words [start, end) of {@code text} name no leg, and another body part stands before them in their
   * sentence with no leg word ("burnt my forearm on the oven, blistered and swollen", "me quemé el antebrazo, lo
   * tengo hinchado"; "both legs and hands swollen" is of the legs too). The lexicon looks only three words either
   * side; a swelling without a leg word of its own belongs to the part the sentence is about.
   */
  static boolean otherPartBefore(String text, int start, int end) {
    if (LEG_WORD.matcher(text.substring(start, end)).find()) {
      return false;
    }
    String upTo = text.substring(SentenceText.startBefore(text, start), start);
    return OTHER_PART.matcher(upTo).find() && !LEG_WORD.matcher(upTo).find();
  }
}
