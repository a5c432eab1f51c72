package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Patient;

/**
 * Families of English wording beyond the development notes: checklist boxes and ticks, notes kept
 * by a relative for the patient, bladder and saddle changes, legwear that no longer fits one leg,
 * legs that will not obey or have nothing in them, with near misses. Notes written for this test.
 */
class GeneralEnglishWordingTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  private Set<String> rules(String notes) {
    return rules("", notes);
  }

  private Set<String> rules(String medications, String notes) {
    DiaryEntry entry = new DiaryEntry(2, NIGHT, 5, null, null, "", null, null, null, null, null, null, null, null,
        null, null, "", medications, "", null, null, "", notes, Map.of());
    Diary diary = new Diary(Patient.unknown(), Map.of(), List.of(entry), List.of());
    var findings = analyser.analyse(diary);
    return java.util.stream.Stream.concat(findings.redFlags().stream(), findings.cautions().stream())
        .map(f -> f.ruleId() + (f.ruleId().equals("swelling") ? ":" + f.urgency().name().toLowerCase() : ""))
        .collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "[{index}] {1} -> {0}")
  @CsvSource(delimiter = '|', textBlock = """
      weakness         | [x] knees buckled [ ] numb feet
      weakness         | - leg gave way ✔ - tingling ✘
      numbness         | Weakness: no / Numbness: yes / Swelling: no
      weakness         | Typing this for my dad. His legs would not hold him on the landing.
      numbness         | Entry by my wife: she cannot feel her toes tonight
      weakness         | Grandma's diary (daughter typing). Her knees buckled at the sink.
      cauda-equina     | Both legs weak, and he has wet himself twice. Son writing for him.
      cauda-equina     | legs numb both sides and I have not passed urine since the morning
      cauda-equina     | numb where I sit and trouble getting the stream started
      cauda-equina     | I keep leaking without realising and both legs have gone weak
      swelling:urgent  | my left trainer will not go over my ankle any more, right one is fine
      swelling:urgent  | the compression stocking is digging into my right calf only
      swelling:urgent  | right calf throbbing and warmer than the left
      swelling:urgent  | [x] swollen ankle (R only)
      weakness         | my left leg refused, I went down like a sack of flour
      weakness         | my knees just would not do what I wanted on the stairs
      weakness         | my thighs had nothing in them climbing the hill
      weakness         | could not get my legs to move off the sofa
      weakness         | couldn't step up onto the train, had to haul myself in
      weakness         | ankle dorsiflexion 4/5 on the right
      weakness         | legs went to mush halfway round the supermarket
      weakness         | I felt them going at the bus stop and slumped down onto the pavement floor
      apnea            | dozed off on the forklift at the end of the shift
      apnea            | woke up on the verge with the engine running
      apnea            | the sleepiness questionnaire came out at 14 today
      apnea            | he reckons I stop my breath for ages when I sleep
      pregnancy        | 31 weeks now and the legs are worse
      pregnancy        | midwife says 30/40 and measuring well
      pregnancy        | the bub was hiccupping away while my legs jumped
      pregnancy        | pumping at 4am with the breast pump
      pregnancy        | two pink lines this morning!
      numbness         | I can barely feel the pedals with my right foot
      numbness         | my toes have lost most of the feeling this week
      numbness         | like walking on cushions, both feet, all day
      numbness         | my feet seem to belong to someone else tonight
      numbness         | reduced pinprick sensation over both shins
      """)
  void familyMemberRaisesTheRule(String rule, String note) {
    assertThat(rules(note)).contains(rule);
  }

  @ParameterizedTest(name = "[{index}] {1} -> not {0}")
  @CsvSource(delimiter = '|', textBlock = """
      weakness         | [ ] legs gave way [x] restless [ ] numb
      numbness         | - crawling ✔ - numb ✘ - swollen ✘
      swelling:soon    | weakness: n / numbness: n / swelling: n / snoring: n
      numbness         | Writing for Mum. Her neighbour Pat is numb down one side since the stroke.
      swelling:soon    | my nans ankles are swollen again after the flight
      swelling:soon    | the dogs paw is swollen from a thorn
      weakness         | tripped over the cat on the stairs again, legs jumpy later
      weakness         | woke from one of those falling dreams, legs crawling after
      weakness         | got a dead leg from my brother thumping me
      weakness         | fell 4 his joke completely, legs restless tonight
      weakness         | the leg cramp didn't do much for my mood
      weakness         | sat waiting at the surgery, legs crawly
      weakness         | washing up and the legs were jumpy
      pregnancy        | my sis is expecting again, legs crawly
      pregnancy        | had RLS for 12 weeks without a break
      pregnancy        | a covid test came back positive, legs bad
      apnea            | dozed off on the bus home, legs twitchy
      numbness         | numb and speechless after the match result
      numbness         | got the blood numbers back, legs bad tonight
      """)
  void nearMissDoesNotRaiseTheRule(String rule, String note) {
    assertThat(rules(note)).doesNotContain(rule);
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} -> augmentation {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ropinirole 1mg   | the crawling is in my shoulders now too                 | true
      pramipexole      | my hands feel it as well these days                     | true
      Sifrol           | it goes into my back and belly now                      | true
      ropinirole       | used to be only at bedtime, today it started at two     | true
      pramipexole      | now it's there from 3pm                                 | true
      ropinirole       | shoulders stiff from gardening, legs crawly at 11pm     | false
      -                | the crawling is in my shoulders now too                 | false
      """)
  void augmentationInMoreWords(String medications, String note, boolean expected) {
    assertThat(rules(medications.equals("-") ? "" : medications, note).contains("augmentation")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      took magnesium glycinate 200mg, stools like water after
      magnesium 300mg, then in and out of the loo all evening
      magnesium at 9, my tummy was gurgling and racing by 11
      """)
  void gutUpsetOnMagnesium(String note) {
    assertThat(rules(note)).contains("magnesium-side-effect");
  }
}
