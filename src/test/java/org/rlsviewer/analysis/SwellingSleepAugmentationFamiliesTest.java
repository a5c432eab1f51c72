package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Families of lay wording for the swelling, apnea and augmentation flags (issue 15 items 4, 6, 7), in
 * the four languages, through the whole analysis: legwear that is tight, fits one leg or leaves a mark;
 * the other leg said to be as usual; a chest that presses with swollen legs; sleep at the wheel; an
 * Epworth total after other words; augmentation while a dopamine agonist is taken, not after it was
 * stopped. And the look-alikes that must not flag. Probe notes written for this test.
 */
class SwellingSleepAugmentationFamiliesTest {

  private static String level(String rule, String medications, String notes) {
    return NoteProbe.level(rule, medications, notes);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      my right trainer is tight tonight, the left one fits fine             | urgent
      the sock on my left leg leaves a deep groove, nothing on the right    | urgent
      can't find my ankle bone on the right side any more                   | urgent
      the right knee is swollen and the left is not                         | urgent
      Socke links hinterlässt eine tiefe Rille                              | urgent
      der linke Schuh ist seit gestern eng                                  | urgent
      el zapato derecho me aprieta desde ayer                               | urgent
      la pantorrilla derecha hinchada, la izquierda perfecta                | urgent
      la chaussure droite me serre depuis hier                              | urgent
      calf puffy, other leg ok                                              | urgent
      Knöchel geschwollen, der andere nicht                                 | urgent
      calves: left 41 cm, right 37 cm                                       | urgent
      right calf after the run, hot and red, the left one normal            | urgent
      calf swollen, query DVT, bloods sent                                  | urgent
      Wade geschwollen und druckschmerzhaft                                 | urgent
      struggled to breathe on the stairs and both ankles are puffy          | urgent
      both ankles puffy and I have to sleep propped up to breathe           | urgent
      Beine beide geschwollen, es drückt mir auf der Brust                  | urgent
      los dos tobillos hinchados y siento un peso en el pecho               | urgent
      chevilles gonflées des deux côtés et la poitrine qui pèse             | urgent
      mosquito bite on my right ankle, swollen and itchy                    | none
      Wespenstich am linken Knöchel, dick geschwollen                       | none
      new boots are tight on both feet, still breaking them in              | none
      bolsa de agua caliente sobre la pantorrilla izquierda                 | none
      bouillotte sur le mollet gauche avant de dormir                       | none
      die Schwellung am rechten Knöchel ist weg                             | none
      red patch of eczema on my left calf again                             | none
      calves: left 38 cm, right 38 cm                                       | none
      face hot and red after the wine                                       | none
      my shoes are a bit tight, bought a size too small                     | none
      """)
  void swelling(String notes, String urgency) {
    assertThat(level("swelling", "", notes)).isEqualTo(urgency);
  }

  /** One leg set against the other by size or by the other denied; another body part's swelling; laces as the cause. */
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      my left leg looks chunkier than the right                             | urgent
      the right ankle is twice the size of the left                         | urgent
      Die linke Wade wirkt umfangreicher als die rechte.                    | urgent
      Der rechte Fuß ist viel dicker wie der linke.                         | urgent
      La pantorrilla izquierda está más voluminosa que la derecha.          | urgent
      Le mollet gauche paraît plus volumineux que le droit.                 | urgent
      my right ankle's swollen and the left isn't                           | urgent
      Mon pied droit est tout gonflé, le gauche pas.                        | urgent
      Linkes Bein dick, rechtes nein.                                       | urgent
      my right leg is stronger than the left                                | none
      Burnt my forearm on the oven, blistered and swollen. Legs RLS         | none
      Me quemé el antebrazo con el horno, lo tengo hinchado y rojo.         | none
      Brûlure à l'avant-bras avec le four, c'est gonflé et rouge.           | none
      Hab mir die Hand eingeklemmt, ganz blau und geschwollen.              | none
      both legs and hands swollen since this morning                        | soon
      Zehen taub, weil die Schuhe zu eng geschnürt waren                    | none
      Orteils engourdis dans les chaussures trop serrées, desserrées et c'est parti | none
      toes numb in my boots, laced too tight, loosened them and fine        | none
      """)
  void oneLegBySizeOrDenialAndOtherParts(String notes, String urgency) {
    assertThat(level("swelling", "", notes)).isEqualTo(urgency);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nodded off at the lights on the school run                            | soon
      had a micro sleep on the motorway coming home                         | soon
      pulled into the services and shut my eyes for twenty minutes          | soon
      the car behind honked and woke me at the junction                     | soon
      auf dem Trecker kurz eingenickt                                       | soon
      me quedé cabeceando en el tractor                                     | soon
      j'ai piqué du nez sur le scooter                                      | soon
      my ESS at the sleep clinic: 13                                        | soon
      Epworth filled in with the nurse, 15/24                               | soon
      ess 14/24                                                             | soon
      mich selbst wachgeschnarcht                                           | soon
      elle dit que je cesse de respirer la nuit                             | soon
      fell asleep in the car while my husband drove                         | none
      dozed off on the sofa watching the news                               | none
      ich ess 14 Trauben vor dem Schlafen                                   | none
      ESS 9                                                                 | none
      """)
  void apnea(String notes, String urgency) {
    assertThat(level("apnea", "", notes)).isEqualTo(urgency);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      pramipexole 0.25 mg | legs start at 3pm now                                       | soon
      ropinirole 2 mg     | the crawling is creeping up into my belly                   | soon
      ropinirole 2 mg     | the tablet used to get me to 5am, now it's gone by 1        | soon
      Sifrol 0,18 mg      | das Kribbeln zieht jetzt bis in den Rücken                  | soon
      ropinirol 1 mg      | el ropinirol me aguanta solo una hora                       | soon
      ropinirole 1 mg     | le ropinirole ne tient plus qu'une heure                    | soon
      levodopa 100 mg     | das Levodopa hat früher bis 5 Uhr gereicht                  | soon
      ropinirole 0.5 mg   | legs start at 2pm now. Is the ropinirole to blame?          | soon
      ropinirol 0,5 mg    | jetzt schon um 15 Uhr Unruhe in den Beinen, früher erst abends | soon
      Ropinirol 4 mg      | im Chor zuckten Hände und Arme, das ist neu                 | soon
      ropinirol 4 mg      | en misa me hormigueaban los brazos, nunca antes             | soon
      ropinirole 4 mg     | au concert les bras me fourmillaient, jamais avant          | soon
      ropinirole 1 mg     | starts mid afternoon now, used to be 10pm before the ropinirole went up | soon
                          | came off the ropinirole last month, legs start at 3pm       | none
                          | arrêté le pramipexole il y a un an, ça commence à 15h       | none
                          | dejé el ropinirol hace un año, ahora empieza a media tarde  | none
                          | legs start at 3pm now                                       | none
      ropinirol 1 mg      | la reunión dura dos horas cada martes                       | none
      ropinirole 1 mg     | le film dure deux heures                                    | none
      ropinirole 1 mg     | it used to come on in the afternoon but now it is back to bedtime | none
      Sifrol 0,18 mg      | Beginn Unruhe: 13:30 (letzte Woche 19:00)                   | soon
      ropinirol 1 mg      | Síntomas empiezan a las 16 h; hace dos semanas, a las 22 h.  | soon
      ropinirole 1 mg     | début symptômes : 15 h (avant 22 h)                         | soon
      pramipexole 0.25 mg | onset 2:30pm (previously 10pm)                              | soon
      Madopar 125         | Unruhe ab 15 Uhr, früher 21 Uhr                             | soon
                          | legs started at 4pm today, a month ago 9pm                  | none
      ropinirole 1 mg     | legs started at 11pm (before 9pm), better                   | none
      ropinirole 1 mg     | tablet at 20:00 (before 22:00), legs fine                   | none
      ropinirole 2 mg     | the ropinirole wears off quicker than it used to            | soon
      ropinirol 2 mg      | el ropinirol me dura menos que antes                        | soon
      Modopar 125         | je tiens une heure et demie, avant ça me tenait toute la nuit | soon
      """)
  void augmentation(String medications, String notes, String urgency) {
    assertThat(level("augmentation", medications == null ? "" : medications, notes)).isEqualTo(urgency);
  }
}
