package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Probe notes written for issue 15, one family of wording per block in English, German, Spanish and
 * French: each says whether a concept is read as flaggable (affirmed, or possible when the reader
 * cannot confidently set it aside), and for leg measurements which leg.
 */
class FamilyProbesTest {

  private static final MultilingualReader READER = MultilingualReader.builtIn();

  private static List<Mention> flaggable(String text, String concept) {
    return READER.read(text).stream().filter(m -> m.concept().equals(concept))
        .filter(m -> m.assertion().flaggable()).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      he snored all night and then went quiet, then he gasped ; apnea
      she says her legs feel numb from the knees down both sides               ; numbness
      his right calf is red and tender where I rub it        ; calf-alone
      I can't get my water going this morning                ; bladder-bowel
      the wee won't come, sat there ages                     ; bladder-bowel
      PU x0 since 0800                                       ; bladder-bowel
      new urgency today, I hardly made it                    ; bladder-bowel
      altered sensation on wiping                            ; saddle
      down there I feel nothing since yesterday              ; saddle
      he's stage 4 kidneys                                   ; kidney
      stage 3 CKD, so careful with tablets                   ; kidney
      expecting in March, legs are the worst part of it     ; pregnancy
      20w scan today, legs crawly                            ; pregnancy
      je suis enceinte, 6 months, legs very nervous          ; pregnancy
      Legs: 8/10 | Onset: 15:00 | Arms: yes                   ; augmentation-sign
      he's needing the pramipexole earlier, used to be 10    ; augmentation-sign
      im 7. Monat, kann nicht ruhig liegen                   ; pregnancy
      in der 20. SSW, Beine unruhig                          ; pregnancy
      er hat Nieren Stadium 4                                ; kidney
      Wirkung der Tablette: nur 2 h                          ; augmentation-sign
      auch obere Extremität betroffen                        ; augmentation-sign
      de siete meses, no puedo estar quieta                  ; pregnancy
      tiene los riñones en estadio 4                         ; kidney
      el Sinemet solo le dura dos horas                      ; augmentation-sign
      las piernas empiezan después de comer                  ; augmentation-sign
      8e mois, les jambes n'en font qu'à leur tête           ; pregnancy
      il a les reins au stade 4                              ; kidney
      Effet du comprimé : 2 h seulement                      ; augmentation-sign
      her breathing was noisy and then she'd stop and snort  ; apnea
      I wake up with no air, like drowning                   ; apnea
      ich hör beim schlafen auf zu atmen                     ; apnea
      luego paraba y resoplaba, varias veces                 ; apnea
      elle s'arrêtait et reniflait fort                      ; apnea
      die Beine haben mich heute nicht getragen              ; weakness
      déficit moteur des deux MI                             ; weakness
      """)
  void familyIsRead(String text, String concept) {
    assertThat(flaggable(text, concept)).as(text).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} -/-> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      my husband snores like a train                                   | apnea
      My girl is expecting in June, I'm so happy                       | pregnancy
      I went to the stage show, legs restless                          | kidney
      a stage 4 cancer scare in the family                             | kidney
      the tablet took effect in an hour, good night                    | augmentation-sign
      le comprimé a fait effet en une heure, bonne nuit                | augmentation-sign
      I can't hold a tune, legs jumpy                                  | bladder-bowel
      no urgency, no leaks, bladder fine                               | bladder-bowel
      my husband stops breathing at night                              | apnea
      die Beine haben mich immer gut getragen                          | weakness
      """)
  void lookAlikeIsNotRead(String text, String concept) {
    assertThat(flaggable(text, concept)).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> one leg: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      calf circumference R 41 / L 37cm             | true
      calf 41 cm right, 37 left                    | true
      calf circumference R 38 / L 38cm, no pitting | false
      Wadenumfang re. 41 / li. 37 cm               | true
      ankles swollen right 2 days left 3 days      | false
      """)
  void legsMeasuredSideBySide(String text, boolean oneLeg) {
    List<Mention> swelling = flaggable(text, "swelling");
    assertThat(swelling).as(text).isNotEmpty();
    assertThat(swelling.get(0).laterality().oneLeg()).as(text).isEqualTo(oneLeg);
  }

  @ParameterizedTest(name = "{0} -> one leg")
  @CsvSource(delimiter = ';', textBlock = """
      L ankle > R ankle, pm.                                              ; swelling
      left calf > right calf since Sunday                                 ; swelling
      calf tape: L 38.5 / R 35.0                                          ; swelling
      Calf (L): 40 cm | Calf (R): 37 cm                                   ; swelling
      shoes: L tighter than R by evening                                  ; swelling
      the left leg of my jeans was a real squeeze, the right went on easy ; swelling
      one leg is chunkier than the other, the left                        ; swelling
      my right ankle is way puffier than my left, the left is basically normal ; swelling
      R calf: warm, tender, red patch. L normal.                          ; calf-alone
      Beine 6. Knöchel li. dicker als re., Sockenabdruck tief.            ; swelling
      Piernas 6. Tobillo izq. más hinchado que el der., marca del calcetín profunda. ; swelling
      Jambes 6. Cheville g. plus gonflée que la dr., marque de chaussette profonde. ; swelling
      Tour de mollet : g 39 / d 36 cm                                     ; swelling
      ma cheville g est 2x plus grosse que la d??                         ; swelling
      """)
  void oneLegSetAgainstTheOther(String text, String concept) {
    List<Mention> found = flaggable(text, concept);
    assertThat(found).as(text).isNotEmpty();
    assertThat(found.get(0).laterality().oneLeg()).as(text).isTrue();
  }

  @ParameterizedTest(name = "{0} -/-> one leg")
  @CsvSource(delimiter = '|', textBlock = """
      calf tape: L 37 / R 37
      ankles puffy tonight, both the same
      both ankles swollen, left and right alike
      """)
  void bothLegsAlikeAreNotOneLeg(String text) {
    assertThat(flaggable(text, "swelling")).as(text).isNotEmpty()
        .allSatisfy(m -> assertThat(m.laterality().oneLeg()).as(text).isFalse());
  }

  @ParameterizedTest(name = "{0} -/-> swelling")
  @CsvSource(delimiter = '|', textBlock = """
      legs 7 > 5 last night, better
      shoes: comfy new trainers, legs restless
      left leg restless > right leg, the usual
      my wrist tape came off at the gym
      the lid was a real squeeze to get off the jar
      """)
  void notSwelling(String text) {
    assertThat(flaggable(text, "swelling")).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> augmentation-sign")
  @CsvSource(delimiter = ';', textBlock = """
      pill at 9, by 2am it has worn off and I'm pacing          ; augmentation-sign
      the pramipexole is wearing off after a few hours now      ; augmentation-sign
      the tablet used to see me through the whole night         ; augmentation-sign
      Dose helps for about an hour and then back to square one  ; augmentation-sign
      woke at 2 with legs going mad, had to take another        ; augmentation-sign
      legs getting worse every week on the ropinirole           ; augmentation-sign
      creeping in my arms too now                               ; augmentation-sign
      afternoons are getting bad, up and down in the office     ; augmentation-sign
      Tablette um 21 Uhr, gegen 2 wirkt sie nichts mehr          ; augmentation-sign
      Früher hielt die Tablette die ganze Nacht                  ; augmentation-sign
      Beschwerden schon vor dem Mittagessen                      ; augmentation-sign
      Pastilla a las 21 h, a medianoche ya no hace nada          ; augmentation-sign
      Antes la pastilla duraba toda la noche                     ; augmentation-sign
      molestias ya antes de comer                                ; augmentation-sign
      Comprimé à 21 h, à minuit il ne fait plus rien             ; augmentation-sign
      Avant il tenait toute la nuit                              ; augmentation-sign
      Gêne dès avant le déjeuner                                 ; augmentation-sign
      """)
  void augmentationFamilies(String text, String concept) {
    assertThat(flaggable(text, concept)).as(text).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} -/-> augmentation-sign")
  @CsvSource(delimiter = '|', textBlock = """
      the tablet worked within an hour, slept the whole night
      had to take another look at the diary
      my husband's knee is getting worse every week
      my cold is wearing off, legs fine
      slept the whole night for once
      la pastilla funcionó, dormí toda la noche
      """)
  void augmentationLookAlikes(String text) {
    assertThat(flaggable(text, "augmentation-sign")).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      sat on the loo ages and nothing comes out                 ; bladder-bowel
      the pad was wet this morning                              ; bladder-bowel
      she's never leaked before, now twice                      ; bladder-bowel
      around the bottom it is not feeling                       ; saddle
      I never felt the paper when I wiped                       ; saddle
      Blase: kann nicht anfangen                                ; bladder-bowel
      Wasserlassen geht nur tröpfchenweise                      ; bladder-bowel
      Vejiga: no consigo empezar a orinar                       ; bladder-bowel
      dice que orina a gotitas                                  ; bladder-bowel
      Vessie : n'arrive pas à commencer                         ; bladder-bowel
      """)
  void caudaEquinaFamilies(String text, String concept) {
    assertThat(flaggable(text, concept)).as(text).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} -/-> bladder-bowel")
  @CsvSource(delimiter = '|', textBlock = """
      nothing came out of the appointment, legs jumpy
      the heat pad was not warm enough
      """)
  void bladderLookAlikes(String text) {
    assertThat(flaggable(text, "bladder-bowel")).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> drowsy-driving")
  @CsvSource(delimiter = ';', textBlock = """
      pulled into a lay-by for a kip, legs had kept me up       ; drowsy-driving
      couldn't keep my eyes open on the motorway                ; drowsy-driving
      caught myself nodding on the dual carriageway             ; drowsy-driving
      he nodded off driving home, only a few seconds            ; drowsy-driving
      at the red light I was sleeping some seconds              ; drowsy-driving
      auf der Autobahn kurz weggenickt                          ; drowsy-driving
      das Rüttelband hat mich geweckt                           ; drowsy-driving
      dio una cabezada conduciendo a casa                       ; drowsy-driving
      deux coups de barre au volant ce matin                    ; drowsy-driving
      j'ai fermé les yeux une seconde sur l'autoroute           ; drowsy-driving
      """)
  void drowsyDrivingFamilies(String text, String concept) {
    assertThat(flaggable(text, concept)).as(text).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} -/-> drowsy-driving")
  @CsvSource(delimiter = '|', textBlock = """
      the red light on the monitor kept me awake
      my husband nodded off driving, years ago
      the motorway was busy, legs restless all the way
      """)
  void drowsyDrivingLookAlikes(String text) {
    assertThat(flaggable(text, "drowsy-driving")).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> gi-upset")
  @CsvSource(delimiter = ';', textBlock = """
      Mg 300. runs x2 overnight                                 ; gi-upset
      the stomach is making noise all evening                   ; gi-upset
      tummy gurgling since the magnesium                        ; gi-upset
      I go to the toilet very liquid                            ; gi-upset
      seit Montag macht der Bauch Geräusche und der Stuhl ist ganz flüssig ; gi-upset
      desde el lunes la barriga hace ruidos y voy al baño muy líquido ; gi-upset
      depuis lundi le ventre fait des bruits et je vais aux toilettes très liquide ; gi-upset
      """)
  void stomachUpsetFamilies(String text, String concept) {
    assertThat(flaggable(text, concept)).as(text).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} -/-> gi-upset")
  @CsvSource(delimiter = '|', textBlock = """
      RLS runs in the family, legs bad
      the fridge was making noise all night
      """)
  void stomachUpsetLookAlikes(String text) {
    assertThat(flaggable(text, "gi-upset")).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> weakness")
  @CsvSource(delimiter = ';', textBlock = """
      se cayó en el baño, dice que la pierna se le fue           ; weakness
      se ha caído en la cocina, se le fueron las piernas         ; weakness
      les jambes n'ont pas de force aujourd'hui                  ; weakness
      en me levant les jambes ne voulaient rien savoir            ; weakness
      beim Aufstehen wollten die Beine partout nicht              ; weakness
      """)
  void legsGivingWayFamilies(String text, String concept) {
    assertThat(flaggable(text, concept)).as(text).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} -/-> weakness")
  @CsvSource(delimiter = '|', textBlock = """
      se le fue la olla con el postre, piernas inquietas
      il n'a pas de force, mon mari, mes jambes bougent
      """)
  void legsGivingWayLookAlikes(String text) {
    assertThat(flaggable(text, "weakness")).as(text).isEmpty();
  }
}
