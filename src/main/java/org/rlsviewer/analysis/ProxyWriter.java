package org.rlsviewer.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A note kept by someone on the patient's behalf ("Writing for Mum.", "Dad's diary (son writing).",
 * "(Entry by her husband) Jen's legs buckled"): there "she", "her legs" and "Mum" are the patient,
 * so such words do not set a finding aside as another person's. Only the English wording is recognised.
 */
final class ProxyWriter {

  private static final String KIN = "(?:mum|mom|mam|mother|dad|father|husband|wife|partner|son|daughter|"
      + "grandma|grandad|grandpa|granny|gran|nan|nana|sister|brother|aunt|auntie|uncle|carer|caregiver|"
      + "wife|hubby|missus|him|her|them)";
  private static final Pattern PROXY = Pattern.compile(
      "\\b(?:writing|written|entry|entries|typing|typed|filling (?:this |it |the diary )?in|filled (?:this |it )?in"
          + "|keeping|notes?|diary|recorded|recording|done)(?: this| it| these| the diary| the log| her diary| his diary)?"
          + " (?:for|by|on behalf of) "
          + "(?:my |her |his |our |the |their )?" + KIN + "\\b"
          + "|\\b" + KIN + "'?s diary\\b"
          + "|\\b" + KIN + " (?:writing|typing|filling (?:it |this )?in)\\b"
          + "|\\bon (?:her|his|their) behalf\\b"
          + "|\\b(?:i'?m|i am) (?:her|his) (?:son|daughter|husband|wife|partner|carer|caregiver)\\b");

  /** Words that, in such a note, name the patient ("she", "her legs", "Mum", "Dad's feet"). */
  private static final Set<String> PATIENT = Set.of("he", "she", "his", "her", "him", "hers", "herself", "himself", "they", "their",
      "them", "mum", "mom", "mam", "mother", "dad", "father", "husband", "wife", "partner", "hubby", "missus",
      "grandma", "grandad", "grandpa", "granny", "gran", "nan", "nana");

  private ProxyWriter() {}

  /**
   * The sentence's triggers without those that only say "another person" by a word naming the
   * patient; "her friend Joan is numb" stays someone else's.
   */
  static List<TriggerHit> withoutPatient(Sentence s, List<TriggerHit> hits) {
    return hits.stream().filter(h -> !(h.kinds().equals(Set.of(TriggerKind.OTHER_PERSON_BEFORE))
        && h.end() - h.start() == 1 && PATIENT.contains(s.get(h.start()).norm()))).toList();
  }

  /** True when the note says it is written for the patient by someone else. */
  static boolean writesForPatient(String text) {
    return PROXY.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
  }
}
