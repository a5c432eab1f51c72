package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteReaderTest {

  private final NoteReader reader = NoteReader.builtIn();

  /** How the reader presents the first mention of a concept, or ABSENT when there is none. */
  private String status(String text, String concept) {
    return reader.read(text).stream().filter(m -> m.concept().equals(concept)).findFirst()
        .map(m -> label(m.assertion())).orElse("ABSENT");
  }

  private static String label(Assertion a) {
    if (a.uncertain()) {
      return "POSSIBLE";
    }
    if (a.negated()) {
      return "NEGATED";
    }
    if (a.otherPerson()) {
      return "OTHER";
    }
    if (a.hypothetical()) {
      return "HYPOTHETICAL";
    }
    return a.historical() ? "HISTORICAL" : "AFFIRMED";
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # affirmed
      my legs felt weak tonight                          | weakness | AFFIRMED
      Weakness in my left leg when climbing stairs       | weakness | AFFIRMED
      left leg gave way on the stairs                    | weakness | AFFIRMED
      legs buckled when I stood up                       | weakness | AFFIRMED
      couldn't lift my foot properly this morning        | weakness | AFFIRMED
      think I have foot drop on the right                | weakness | POSSIBLE
      woke with a dead leg                               | weakness | AFFIRMED
      legs felt like jelly after the walk                | weakness | AFFIRMED
      toes numb again                                    | numbness | AFFIRMED
      numbness in both feet                              | numbness | AFFIRMED
      pins and needles in my left calf                   | numbness | AFFIRMED
      can't feel my toes after sitting                   | numbness | AFFIRMED
      no feeling in my foot for an hour                  | numbness | AFFIRMED
      tingling and numb around the ankle                 | numbness | AFFIRMED
      right foot went numb in the car                    | numbness | AFFIRMED
      left ankle swollen again                           | swelling | AFFIRMED
      puffy ankles in the evening                        | swelling | AFFIRMED
      some oedema round the shins                        | swelling | AFFIRMED
      feels like fluid in my legs                        | swelling | AFFIRMED
      snoring loud according to the kids                 | apnea    | AFFIRMED
      woke up gasping twice                              | apnea    | AFFIRMED
      my husband says I stop breathing at night          | apnea    | AFFIRMED
      my wife said I was snoring again                   | apnea    | AFFIRMED
      partner says I stop breathing                      | apnea    | AFFIRMED
      # misspellings
      numbess in my toes                                 | numbness | AFFIRMED
      numbnes in the left foot                           | numbness | AFFIRMED
      sweling in my right ankle                          | swelling | AFFIRMED
      swolen ankles                                      | swelling | AFFIRMED
      snorring all night                                 | apnea    | AFFIRMED
      # negated before
      no numbness                                        | numbness | NEGATED
      denies weakness in legs                            | weakness | NEGATED
      not numb, just restless                            | numbness | NEGATED
      never had swollen ankles                           | swelling | NEGATED
      slept without snoring for once                     | apnea    | NEGATED
      free of numbness today                             | numbness | NEGATED
      didn't have any swelling                           | swelling | NEGATED
      no more pins and needles                           | numbness | NEGATED
      no sign of swelling in the ankles                  | swelling | NEGATED
      legs are not weak, just twitchy                    | weakness | NEGATED
      my legs don't feel weak                            | weakness | NEGATED
      no snoring tonight                                 | apnea    | NEGATED
      No numbness, tingling or weakness in my legs       | weakness | NEGATED
      ankles no longer puffy                             | swelling | NEGATED
      # negated after
      swelling is gone                                   | swelling | NEGATED
      the numbness has gone                              | numbness | NEGATED
      numbness went away after walking                   | numbness | NEGATED
      ankle swelling has settled                         | swelling | NEGATED
      swelling in ankles resolved                        | swelling | NEGATED
      numb toes disappeared by morning                   | numbness | NEGATED
      snoring not any more since the new pillow          | apnea    | NEGATED
      # pseudo-triggers
      not only restless but my left leg is swollen       | swelling | AFFIRMED
      no change, feet still numb                         | numbness | AFFIRMED
      no better, numbness in toes                        | numbness | AFFIRMED
      no idea why my ankles are swollen                  | swelling | AFFIRMED
      not too bad tonight, left ankle swollen again      | swelling | AFFIRMED
      swelling has gone down a bit                       | swelling | AFFIRMED
      # scope ends
      no numbness but left ankle swollen                 | swelling | AFFIRMED
      no pain; legs swollen                              | swelling | AFFIRMED
      no cramps however my feet are numb                 | numbness | AFFIRMED
      no cramps, left leg swollen                        | swelling | AFFIRMED
      didn't sleep well and my legs are swollen          | swelling | AFFIRMED
      no tingling. toes numb                             | numbness | AFFIRMED
      # hypothetical
      if my ankles swell I will call the GP              | swelling | HYPOTHETICAL
      not sure if the numbness is real                   | numbness | HYPOTHETICAL
      worried it might be swelling starting              | swelling | HYPOTHETICAL
      took the leaflet in case of swelling               | swelling | HYPOTHETICAL
      # historical
      used to get swollen ankles                         | swelling | HISTORICAL
      had numbness in my feet years ago                  | numbness | HISTORICAL
      snored as a child                                  | apnea    | HISTORICAL
      # someone else
      my mother's legs swell                             | swelling | OTHER
      husband snores                                     | apnea    | OTHER
      my dad has numbness in his feet                    | numbness | OTHER
      she says I snore                                   | apnea    | AFFIRMED
      # not the concept at all
      legs tingling and crawling                         | numbness | ABSENT
      creepy-crawly feeling in calves                    | numbness | ABSENT
      went to the store                                  | apnea    | ABSENT
      swollen glands and sore throat                     | swelling | ABSENT
      feeling weak and tired all day                     | weakness | ABSENT
      """)
  void readsTheAssertionOfAFinding(String text, String concept, String expected) {
    assertThat(status(text, concept)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      left ankle swollen again              | LEFT
      my left calf is swollen               | LEFT
      L leg swollen                         | LEFT
      swelling of the right ankle           | RIGHT
      swollen on the right side             | RIGHT
      one leg swollen                       | ONE_SIDE
      swelling in one ankle                 | ONE_SIDE
      both legs swollen                     | BOTH
      both ankles puffy                     | BOTH
      ankles swollen                        | BOTH
      legs swollen by evening               | BOTH
      left and right ankles swollen         | BOTH
      swelling                              | UNSPECIFIED
      ankle swollen                         | UNSPECIFIED
      swelling right after dinner           | UNSPECIFIED
      left the house, ankle swollen         | UNSPECIFIED
      """)
  void readsTheSideOfALegFinding(String text, Laterality expected) {
    List<Mention> mentions = reader.read(text);
    assertThat(mentions).extracting(Mention::concept).contains("swelling");
    assertThat(mentions.stream().filter(m -> m.concept().equals("swelling")).findFirst().orElseThrow().laterality())
        .isEqualTo(expected);
  }

  @Test
  void mentionOffsetsPointAtTheMatchedWords() {
    String text = "Restless again. No numbness but my left ankle swollen.";
    Mention swelling = reader.read(text).stream().filter(m -> m.concept().equals("swelling")).findFirst().orElseThrow();
    assertThat(text.substring(swelling.start(), swelling.end())).isEqualTo(swelling.matched())
        .isEqualTo("ankle swollen");
  }

  @Test
  void findsEveryMentionInReadingOrder() {
    List<Mention> mentions = reader.read("Snoring. Toes numb, then legs weak. No swelling.");
    assertThat(mentions).extracting(Mention::concept).containsExactly("apnea", "numbness", "weakness", "swelling");
    assertThat(mentions).extracting(m -> m.assertion().affirmed()).containsExactly(true, true, true, false);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # lay multi-word terms and misspellings
      pins & needles in my heel                      | numbness          | AFFIRMED
      Legs wek and heavy                             | weakness          | AFFIRMED
      right foot dropping when I walk                | weakness          | AFFIRMED
      woke choking                                   | apnea             | AFFIRMED
      lost control of my bladder                     | bladder-bowel     | AFFIRMED
      numb bum after the drive                       | saddle            | AFFIRMED
      numb on the bottom of my feet                  | saddle            | ABSENT
      30 weeks pregnant                              | pregnancy         | AFFIRMED
      took sertaline                                 | aggravating-drug  | AFFIRMED
      # correctly spelt words are never slips of spelling
      woke a number of times                         | numbness          | ABSENT
      no ability to settle                           | aggravating-drug  | ABSENT
      snorted with laughter at the film              | apnea             | ABSENT
      neuro appointment next week                    | dopamine-agonist  | ABSENT
      # time and other people for medicines
      stopped sertraline in May                      | aggravating-drug  | HISTORICAL
      came off citalopram last year                  | aggravating-drug  | HISTORICAL
      sertraline stopped in March                    | aggravating-drug  | HISTORICAL
      my wife takes sertraline                       | aggravating-drug  | OTHER
      partner says no snoring                        | apnea             | NEGATED
      wife noticed my ankles swollen                 | swelling          | AFFIRMED
      mum says her legs swell                        | swelling          | OTHER
      husband says he snores like a train            | apnea             | OTHER
      had RLS when I was pregnant                    | pregnancy         | HISTORICAL
      the swelling went down overnight              | swelling          | NEGATED
      numb toes, went down to the kitchen            | numbness          | AFFIRMED
      """)
  void readsLayTermsMedicinesAndTime(String text, String concept, String expected) {
    assertThat(status(text, concept)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # negation ends at the clause
      no numbness though my left leg is swollen           | swelling | AFFIRMED
      no numbness although my left leg is swollen         | swelling | AFFIRMED
      no numbness yet my left leg is swollen              | swelling | AFFIRMED
      no numbness - left leg swollen                      | swelling | AFFIRMED
      no numbness? left leg swollen                       | swelling | AFFIRMED
      no numbness + left leg swollen                      | swelling | AFFIRMED
      no pain, legs so weak                               | weakness | AFFIRMED
      # pseudo-negations that affirm
      no improvement in the swelling of my left leg       | swelling | AFFIRMED
      the swelling hasn't gone away                       | swelling | AFFIRMED
      the numbness has not gone                           | numbness | AFFIRMED
      no better, legs weak                                | weakness | AFFIRMED
      no less swollen than yesterday                      | swelling | AFFIRMED
      can't say there's no swelling in my left leg        | swelling | AFFIRMED
      without doubt my left ankle is swollen              | swelling | AFFIRMED
      not sure if it's not swollen                        | swelling | AFFIRMED
      never been so swollen, my left ankle                | swelling | AFFIRMED
      my left leg couldn't be more swollen                | swelling | AFFIRMED
      numbness not getting any better                     | numbness | AFFIRMED
      nothing helps my swollen leg                        | swelling | AFFIRMED
      # checklists
      Leg weakness? none                                  | weakness | NEGATED
      numbness: no                                        | numbness | NEGATED
      Numbness - no                                       | numbness | NEGATED
      swelling: 0                                         | swelling | NEGATED
      swelling: -                                         | swelling | NEGATED
      Numbness? No. Swelling? Yes                         | numbness | NEGATED
      nothing numb, nothing swollen                       | swelling | NEGATED
      neither numb nor weak legs                          | weakness | NEGATED
      none of: numbness, swelling                         | swelling | NEGATED
      numbness: yes                                       | numbness | AFFIRMED
      swelling: yes (left)                                | swelling | AFFIRMED
      leg weakness: a little                              | weakness | AFFIRMED
      no sleep. numbness: yes                             | numbness | AFFIRMED
      swelling: no change                                 | swelling | AFFIRMED
      left leg swollen - no pain                          | swelling | AFFIRMED
      no numbness - bad night                             | numbness | NEGATED
      Any numbness? No                                    | numbness | NEGATED
      # past only when explicit
      back in 2018 my left leg was swollen                | swelling | HISTORICAL
      my leg was swollen in 2019                          | swelling | HISTORICAL
      my legs were weak last year                         | weakness | HISTORICAL
      as a child I had numb feet                          | numbness | HISTORICAL
      had numb toes when I had the slipped disc           | numbness | HISTORICAL
      swelling down, both legs the same again             | swelling | NEGATED
      left leg swollen, back to normal now                | swelling | NEGATED
      the swelling cleared up                             | swelling | NEGATED
      my leg was swollen this morning                     | swelling | AFFIRMED
      my leg gave way at 3am                              | weakness | AFFIRMED
      in the past week my legs have been weak             | weakness | AFFIRMED
      If anything my left leg is more swollen             | swelling | AFFIRMED
      legs swollen since 2019                             | swelling | AFFIRMED
      took 2000 mg and my legs are numb                   | numbness | AFFIRMED
      Swelling in my left leg started in 2019             | swelling | POSSIBLE
      my leg isn't as swollen as yesterday                | swelling | AFFIRMED
      Swollen? Not really                                 | swelling | NEGATED
      # hypotheticals, fears and questions about a condition
      took my stockings in case my legs swell             | swelling | HYPOTHETICAL
      afraid I'll get numb feet                           | numbness | HYPOTHETICAL
      what if my leg gives way                            | weakness | HYPOTHETICAL
      is it possible that my leg is swollen               | swelling | HYPOTHETICAL
      does RLS cause numbness?                            | numbness | HYPOTHETICAL
      scared my left leg will swell on the long drive     | swelling | HYPOTHETICAL
      why is my left leg so swollen?                      | swelling | AFFIRMED
      left leg swollen again?                             | swelling | AFFIRMED
      # other people
      everyone gets numb feet                             | numbness | OTHER
      my sister's ankles are swollen                      | swelling | OTHER
      the man next to me had swollen legs                 | swelling | OTHER
      everyone in my family has swollen ankles            | swelling | OTHER
      my husbband has swollen ankles                      | swelling | OTHER
      her friend and my sister have swollen feet          | swelling | OTHER
      partner says I snore                                | apnea    | AFFIRMED
      # not confident: flagged as possible
      is my leg meant to be this swollen?                 | swelling | POSSIBLE
      I think my left leg might be swollen                | swelling | POSSIBLE
      not sure but my left leg looks swollen              | swelling | POSSIBLE
      no pain in my swollen left leg                      | swelling | POSSIBLE
      no pain and left leg swollen                        | swelling | POSSIBLE
      ankle swollen, pain went away                       | swelling | POSSIBLE
      when I was walking my leg gave way                  | weakness | POSSIBLE
      # confident set-asides stay set aside
      left ankle swollen, gone by morning                 | swelling | NEGATED
      worried my feet might swell on the plane            | swelling | HYPOTHETICAL
      didn't have any swelling                            | swelling | NEGATED
      """)
  void readsByClauseChecklistAndExplicitPast(String text, String concept, String expected) {
    assertThat(status(text, concept)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ankles swollen, the left one                      | LEFT
      both ankles puffy, the right one more             | RIGHT
      feet swollen, only the right                      | RIGHT
      numbness: no; swelling: yes (right ankle)         | RIGHT
      left leg bigger than the right, swollen           | LEFT
      one leg bigger than the other                     | ONE_SIDE
      """)
  void readsTheSideFromAnAsideOrAComparison(String text, Laterality expected) {
    assertThat(reader.read(text).stream().filter(m -> m.concept().equals("swelling")).findFirst().orElseThrow()
        .laterality()).isEqualTo(expected);
  }
}
