package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;

/**
 * The clause cues of {@link ContextAssessor} that read a whole clause rather than the words next to
 * the finding, in every language: a negation closing its clause ("ich schnarche nicht"), a resolution
 * after "but" when the finding's clause names an earlier time ("swollen yesterday but back to normal
 * today"), another person who opens or owns the clause, and a finding that carries its own negation.
 */
final class ClauseCues {

  /** Words before a closing negation that make it no negation of the finding ("or not", "on nothing", "vor X nie"). */
  private static final Set<String> NOT_CLOSING_AFTER = Set.of("or", "on", "in", "of", "at", "to", "from", "for",
      "with", "vor", "nach", "mit", "bei", "auf", "an", "de", "del", "en", "con", "antes", "avant", "sur", "avec",
      "par", "pour", "oder", "ou", "o", "over", "about", "under", "into", "by", "after", "before", "um", "uber",
      "sobre", "por", "para", "sin", "ohne", "sans", "fur");
  /** Words a closing negation may carry: "nicht mehr", "not at all", "nada mas", "plus du tout". */
  private static final Set<String> NEGATION_TAILS = Set.of("mehr", "more", "any", "anymore", "at", "all", "really",
      "so", "wirklich", "ganz", "gar", "du", "tout", "mas",
      // a predicate of presence: "Schwellung ist nicht vorhanden", "no está presente", "n'est pas présent"
      "vorhanden", "da", "present", "presente", "presentes", "presents", "there", "spurbar", "sichtbar",
      "visible", "visibles", "aufgetreten");
  private static final int CLOSING_NEGATION_REACH = 3;
  private static final int RESOLUTION_REACH = 10;
  /** Words that give a clause no subject of its own (time words, copulas, "all", counts' words). */
  private static final Set<String> FILLERS = Set.of("today", "now", "tonight", "it's", "its", "it", "is", "was",
      "all", "everything", "a", "few", "many", "some", "several", "heute", "jetzt", "nun", "ist", "alles", "es",
      "hoy", "ahora", "ya", "esta", "todo", "aujourd'hui", "aujourd", "hui", "maintenant", "c'est", "est", "tout",
      "ca", "de", "nouveau");
  private static final Set<String> ONGOING_SINCE = Set.of("since", "seit", "desde", "depuis", "ever");
  private static final Set<String> GENITIVE_OWNERS = Set.of("meiner", "meines");
  /** A finding that opens with its own negation ("no siento las nalgas", "can't feel my feet"). */
  static final Set<String> OWN_NEGATIONS = Set.of("no", "not", "cannot", "can't", "cant", "nicht", "kein",
      "keine", "ne", "pas", "nie", "never");
  private static final Set<String> NEGATION_SECOND_HALVES = Set.of("pas", "plus", "rien", "jamais", "personne");
  private static final Set<String> OF_WORDS = Set.of("of", "de", "del", "du", "des", "von", "vom");
  private static final Set<String> DETERMINERS = Set.of("the", "my", "our", "a", "die", "der", "das", "den", "dem",
      "mein", "meine", "unsere", "unser", "el", "la", "los", "las", "mi", "mis", "nuestra", "nuestro", "le", "les",
      "l", "ma", "mon", "mes", "notre", "nos");

  private ClauseCues() {}

  /** Words in [from, to) other than a time word, a filler or a count ("today it's", "30" before "years ago"). */
  static int contentWords(Sentence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      String w = s.get(i).norm();
      if (s.get(i).word() && !FILLERS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Another person who opens the finding's clause, after no more than a determiner ("my wife's left
   * calf is red and swollen", "Patient auf Zimmer 4 mit ... und Beinschwäche"), or who owns its noun
   * ("la pantorrilla izquierda de mi esposa está roja e hinchada"): the clause is about them however
   * far the finding, as no first-person word hands it back (checked before) and no clause break lies between.
   */
  static boolean subjectOfClause(Sentence s, List<TriggerHit> hits, TriggerHit hit, int start) {
    if (ContextAssessor.firstClauseBreak(s, hit.end(), start) < start) {
      return false;
    }
    if (hit.start() > 0 && OF_WORDS.contains(s.get(hit.start() - 1).norm())
        || GENITIVE_OWNERS.contains(s.get(hit.start()).norm())) { // "die linke Wade meiner Frau"
      return true;
    }
    for (int i = hit.start() - 1; i >= 0; i--) {
      int at = i;
      if (!s.get(i).word() || ContextAssessor.startsTerminator(hits, i)) {
        return true;
      }
      if (!DETERMINERS.contains(s.get(i).norm())
          && hits.stream().noneMatch(h -> h.start() <= at && h.end() > at && h.is(TriggerKind.FIRST_PERSON))) {
        return false;
      }
    }
    return true;
  }

  /** Words that may stand between a finding and its subject put after it ("Geschnarcht hat mein Mann"). */
  private static final Set<String> BEFORE_LATE_SUBJECT = Set.of("hat", "hatte", "hot", "ha", "habia", "mi", "mei", "mein",
      "meine", "ma", "mon", "la", "el", "le", "der", "die", "su", "sa", "son", "unser", "unsere", "nuestra",
      "nuestro", "notre");
  /** German puts a subject after its verb behind an auxiliary ("Geschnarcht hat mein Mann"; "Stille meine Tochter" is an object). */
  private static final Set<String> GERMAN_DETERMINERS = Set.of("mein", "mei", "meine", "der", "die", "unser", "unsere");
  private static final Set<String> AUXILIARIES = Set.of("hat", "hatte", "hot");
  private static final int LATE_SUBJECT_REACH = 3;

  /**
   * A finding that opens its clause with its subject, another person, put after it, as German,
   * Spanish and French allow: "Ronca mi marido toda la noche", "Geschnarcht hat mein Mann",
   * "Embarazada mi hija, 3 meses", "Enceinte ma fille". Not when the person only reports it
   * ("Schnarchen hat mein Mann gehört": a first-person or reporting word follows in the clause).
   */
  static boolean subjectAfter(Sentence s, List<TriggerHit> hits, int start, int end) {
    if (start > 0 && s.get(start - 1).word() && !ContextAssessor.startsTerminator(hits, start - 1)) {
      return false;
    }
    TriggerHit person = null;
    for (TriggerHit h : hits) {
      if (h.is(TriggerKind.OTHER_PERSON_BEFORE) && h.start() >= end && (person == null || h.start() < person.start())) {
        person = h;
      }
    }
    if (person == null || person.start() - end > LATE_SUBJECT_REACH
        || ContextAssessor.firstClauseBreak(s, end, person.start()) < person.start()) {
      return false;
    }
    boolean german = false;
    boolean auxiliary = false;
    for (int i = end; i < person.end(); i++) {
      if (i < person.start() && !BEFORE_LATE_SUBJECT.contains(s.get(i).norm())) {
        return false;
      }
      german |= GERMAN_DETERMINERS.contains(s.get(i).norm());
      auxiliary |= AUXILIARIES.contains(s.get(i).norm());
    }
    if (person.start() == end && !BEFORE_LATE_SUBJECT.contains(s.get(end).norm()) || german && !auxiliary) {
      return false; // "nursing my daughter", "Stille meine Tochter": the person is the object
    }
    int from = person.end();
    return hits.stream().noneMatch(h -> h.is(TriggerKind.FIRST_PERSON) && h.start() >= from
        && ContextAssessor.firstClauseBreak(s, from, h.start()) == h.start());
  }

  /** Verbs of saying or knowing a negation may deny instead of the finding ("I can't say", "no creo"). */
  private static final Set<String> SAYING = Set.of("say", "confirm", "think", "claim", "tell", "sagen", "behaupten",
      "bestatigen", "bestaetigen", "best\u00e4tigen", "glaube", "denke", "finde", "decir", "confirmar", "creo",
      "diria", "dir\u00eda", "afirmar", "dire", "confirmer", "crois", "pense", "affirmer", "sure", "sicher", "seguro",
      "segura", "sur", "s\u00fbr", "s\u00fbre");
  private static final int SAYING_REACH = 8;
  private static final Set<String> UNABLE = Set.of("unable", "incapable", "impossible", "nicht", "incapaz");

  /**
   * A negation of saying or knowing before the finding and a resolution after it: the negation denies
   * the resolution, so the finding stands ("I cannot say the swelling of my right leg has improved",
   * "unable to confirm that the numbness has resolved", "ich kann nicht sagen, dass die Schwellung
   * zurückgegangen ist", "no puedo decir que la hinchazón haya bajado").
   */
  static boolean resolutionDenied(Sentence s, List<TriggerHit> hits, int start, int end) {
    boolean saying = false;
    for (int i = Math.max(0, start - SAYING_REACH); i < start && !saying; i++) {
      if (s.get(i).word() && SAYING.contains(s.get(i).norm())) {
        int at = i;
        saying = hits.stream().anyMatch(h -> h.is(TriggerKind.NEGATION_BEFORE) && h.end() <= at && at - h.end() <= 2
            || h.start() <= at && h.end() > at && h.is(TriggerKind.NEGATION_BEFORE))
            || at >= 2 && UNABLE.contains(s.get(at - 2).norm()); // "unable to confirm"
      }
    }
    return saying && hits.stream().anyMatch(h -> h.start() >= end && h.start() - end <= RESOLUTION_REACH
        && (h.is(TriggerKind.NEGATION_AFTER) || h.is(TriggerKind.PSEUDO)));
  }

  /**
   * The writer speaks of themself later in the sentence ("...; my legs just the usual", "a mí no me
   * pasa nada"): so the other person is not the patient written about by a carer.
   */
  static boolean selfAfter(List<TriggerHit> hits, int end) {
    return hits.stream().anyMatch(h -> h.start() >= end && h.is(TriggerKind.FIRST_PERSON));
  }

  /** A French "ne" just before a finding that holds the second half of the negation ("ne retiens plus"). */
  static boolean secondHalfInside(Sentence s, TriggerHit hit, int start, Set<Integer> literals) {
    if (hit.end() != start || !s.get(hit.start()).norm().equals("ne") && !s.get(hit.start()).norm().equals("n")) {
      return false;
    }
    return literals.stream().anyMatch(i -> NEGATION_SECOND_HALVES.contains(s.get(i).norm()));
  }

  /**
   * A negation after the finding that closes its clause, a few words on and with no comma between:
   * the word order of German and of a spoken afterthought ("ich schnarche nicht", "geschnarcht habe
   * ich nicht", "Schwellung keine"). Followed by a word, it negates that word ("schwach, nicht geschwollen").
   */
  static boolean closingNegation(Sentence s, List<TriggerHit> hits, int start, int end, TriggerHit hit) {
    if (s.wordsBetween(end, hit.start()) > CLOSING_NEGATION_REACH || ContextAssessor.firstClauseBreak(s, end, hit.start()) < hit.start()
        || !ContextAssessor.noneBetween(hits, end, hit.start(), TriggerKind.TERMINATOR)) {
      return false;
    }
    if (hit.start() > 0 && NOT_CLOSING_AFTER.contains(s.get(hit.start() - 1).norm())
        || start > 0 && NOT_CLOSING_AFTER.contains(s.get(start - 1).norm()) // "vor Sifrol nie": not the verb negated
        || hits.stream().anyMatch(h -> h.is(TriggerKind.EARLIER) && h.start() >= end && h.end() <= hit.start())) {
      return false; // "swollen, and yesterday not": another time is negated
    }
    for (int i = end; i < hit.start(); i++) {
      if (LateralityReader.namesSide(s.get(i).norm())) {
        return false; // "the right knee is swollen and the left is not": the other side is negated
      }
    }
    return closesClause(s, hits, hit);
  }

  static boolean closesClause(Sentence s, List<TriggerHit> hits, TriggerHit hit) {
    int after = hit.end();
    while (after < s.size() && s.get(after).word() && NEGATION_TAILS.contains(s.get(after).norm())) {
      after++;
    }
    return after >= s.size() || !s.get(after).word() || ContextAssessor.startsTerminator(hits, after);
  }

  /**
   * A resolution ("back to normal", "gone", "wieder normal") after the finding, past "but" or a comma,
   * when the finding's clause, outside the finding's own words, puts it at an earlier time
   * ("yesterday", "this morning", "at first").
   */
  static boolean resolvedLater(Sentence s, List<TriggerHit> hits, int start, int end) {
    int clauseStart = start;
    while (clauseStart > 0 && !ContextAssessor.startsTerminator(hits, clauseStart)) {
      clauseStart--;
    }
    int clauseEnd = end;
    while (clauseEnd < s.size() && !ContextAssessor.startsTerminator(hits, clauseEnd)) {
      clauseEnd++;
    }
    int from = clauseStart;
    int to = clauseEnd;
    boolean earlier = hits.stream().anyMatch(h -> h.is(TriggerKind.EARLIER) && h.start() >= from && h.end() <= to
        && (h.end() <= start || h.start() >= end) // not the finding's own words ("used to get me to 5am")
        && (h.start() == 0 || !ONGOING_SINCE.contains(s.get(h.start() - 1).norm()))
        && hits.stream().noneMatch(n -> n.start() == h.end() && n.is(TriggerKind.NEGATION_BEFORE))); // "y ayer no"
    boolean quick = LayClauseCues.quickResolution(s, hits, end, Math.min(s.size(), end + RESOLUTION_REACH + 3));
    if (!earlier && !quick && !LayClauseCues.earlierByTense(s, from, start, end, to)) {
      return hits.stream().anyMatch(h -> h.is(TriggerKind.NEGATION_AFTER) && !h.is(TriggerKind.NEGATION_BEFORE)
          && h.start() >= end && s.wordsBetween(end, h.start()) <= RESOLUTION_REACH
          && LayClauseCues.afterAnAction(s, hits, end, h.start())); // "eingeschlafen, nach dem Laufen wieder normal"
    }
    return hits.stream().anyMatch(h -> h.is(TriggerKind.NEGATION_AFTER)
        && (!h.is(TriggerKind.NEGATION_BEFORE) || closesClause(s, hits, h)) && h.start() >= end
        && s.wordsBetween(end, h.start()) <= RESOLUTION_REACH
        && (quick || leadsItsClause(s, hits, end, h.start()) || h.is(TriggerKind.NEGATION_BEFORE)) // "antes roncaba, ... ya no"
        && hits.stream().noneMatch(o -> o.is(TriggerKind.EARLIER) && o.start() >= to && o.end() <= h.start()));
  }

  /**
   * Nothing but a time word or a filler ("today", "now it's") between the last clause break ("and"
   * too) and the trigger: it has no subject of its own, so it speaks of the finding ("but back to
   * normal today"; not "but the pain has gone").
   */
  static boolean leadsItsClause(Sentence s, List<TriggerHit> hits, int from, int at) {
    int lastBreak = from;
    for (int i = from; i < at; i++) {
      if (s.get(i).isClauseBreak() || ContextAssessor.startsTerminator(hits, i) || s.get(i).norm().equals("and")) {
        lastBreak = i + 1;
      }
    }
    return lastBreak == from || contentWords(s, lastBreak, at) == 0;
  }
}
