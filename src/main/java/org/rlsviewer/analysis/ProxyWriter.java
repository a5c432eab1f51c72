package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;

/**
 * A note kept by someone on the patient's behalf ("Writing for Mum.", "Dad's diary (son writing).",
 * "(Entry by her husband) Jen's legs buckled", "Ich schreibe für meinen Mann", "Lo escribe su hija",
 * "J'écris pour ma mère"): there "she", "her legs", "sein Bein", "sa jambe" and "Mum" are the
 * patient, so such words do not set a finding aside as another person's. The wording is data: the
 * concept {@value #CONCEPT} and the word class {@value #PATIENT_CLASS} of each language's lexicon.
 */
final class ProxyWriter {

  /** The lexicon concept naming a note written for the patient ("writing for my husband"). */
  static final String CONCEPT = "proxy-writer";
  /** The lexicon class of words that, in such a note, name the patient ("she", "his", "Mum", "sa", "su"). */
  static final String PATIENT_CLASS = "proxypatient";

  /** The lexicon class of pronouns that name a person without saying who ("he", "her", "sein", "su", "sa"). */
  static final String PRONOUN_CLASS = "bareperson";

  private ProxyWriter() {}

  /**
   * True when the note speaks of someone else only by pronouns ("his legs gave way", "she snored"),
   * never naming who ("my husband", "Mum", "a friend"): it may be a carer's note about the patient,
   * so what it says of "him" or "her" is not confidently someone else's.
   */
  static boolean onlyBarePronouns(List<Sentence> sentences, List<List<TriggerHit>> hitsBySentence,
      Set<String> pronouns) {
    boolean any = false;
    for (int i = 0; i < sentences.size(); i++) {
      for (TriggerHit h : hitsBySentence.get(i)) {
        if (!h.is(TriggerKind.OTHER_PERSON_BEFORE)) {
          continue;
        }
        if (h.end() - h.start() != 1 || !pronouns.contains(sentences.get(i).get(h.start()).norm())) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * The sentence's triggers without those that only say "another person" by words naming the
   * patient ("she", "mein Mann"); "her friend Joan is numb" stays someone else's.
   */
  static List<TriggerHit> withoutPatient(Sentence s, List<TriggerHit> hits, Set<String> patientWords) {
    return hits.stream().filter(h -> !(h.kinds().equals(Set.of(TriggerKind.OTHER_PERSON_BEFORE))
        && patientWords.contains(s.get(h.end() - 1).norm()))).toList();
  }

  /** True when one of the note's concept matches says it is written for the patient by someone else. */
  static boolean writesForPatient(List<List<ConceptMatch>> matchesBySentence) {
    for (List<ConceptMatch> matches : matchesBySentence) {
      for (ConceptMatch m : matches) {
        if (m.concept().equals(CONCEPT)) {
          return true;
        }
      }
    }
    return false;
  }
}
