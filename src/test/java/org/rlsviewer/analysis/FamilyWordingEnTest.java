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
 * Families of lay wording for leg weakness, cauda equina, augmentation and apnea: each family's
 * synonyms, verb forms, slang and word orders, with near misses (idioms, food, other people, other
 * body parts, planned medicines) that must not raise the rule. Notes written for this test.
 */
class FamilyWordingEnTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  private Set<String> rules(String medications, String notes) {
    DiaryEntry entry = new DiaryEntry(2, NIGHT, 5, null, null, "", null, null, null, null, null, null, null, null,
        null, null, "", medications, "", null, null, "", notes, Map.of());
    Diary diary = new Diary(Patient.unknown(), Map.of(), List.of(entry), List.of());
    return analyser.analyse(diary).redFlags().stream().map(f -> f.ruleId()).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "[{index}] {1} -> {0}")
  @CsvSource(delimiter = '|', textBlock = """
      weakness     | my right leg isn't working properly
      weakness     | can't walk far, legs give up
      weakness     | knees gave in on the stairs
      weakness     | legs like rubber walking back from the shop
      weakness     | rubbery legs all afternoon
      weakness     | my legs have gone weak
      weakness     | left leg went weak on me
      weakness     | Leg gave out under me in the kitchen
      weakness     | Couldn't lift my left foot properly
      weakness     | keep tripping over my right foot
      weakness     | Both legs have no force today
      weakness     | bilat LL weakness since the morning
      weakness     | legs feel weakish
      weakness     | My legs are made of wet string, they folded under me twice
      weakness     | thighs just wouldn't push, had to lever myself up with my arms
      apnea        | woke up gulping for air
      apnea        | Woke up feeling like I was suffocating
      apnea        | kept waking up out of breath
      apnea        | my wife says I wasnt breathing for 20 seconds
      apnea        | loud snoring kept wife awake
      apnea        | my snoring kept the wife up
      apnea        | husband says I was sawing logs all night
      apnea        | Gf says I was gasping in my sleep
      apnea        | she says I keep holding my breath when asleep
      apnea        | woke up choking on nothing
      apnea        | fell asleep at a red light
      apnea        | Nodded off at the wheel on the way home
      apnea        | ESS 12/24
      apnea        | the GP had me do the Epworth, scored 13
      apnea        | partner timed a breathing pause of about 20 seconds
      apnea        | eyes kept shutting at 70 mph on the way home
      apnea        | so drowsy I pulled into the services for a kip
      cauda-equina | numb around my bottom and can't feel when I need to pee
      cauda-equina | numb backside and no control of my bowels
      cauda-equina | can't feel the toilet paper when wiping and leaked urine
      cauda-equina | both legs weak, numb bum, couldn't pee
      cauda-equina | groin and backside numb, crapped myself without knowing it
      cauda-equina | numb saddle area and the pee is not coming
      cauda-equina | lower legs numb and weak both sides, and can't piss since lunch
      cauda-equina | my privat parts r numbb and i peed the bed
      cauda-equina | cant feel my bum when i wipe and i havent peed since this morning
      """)
  void familyMemberRaisesTheRule(String rule, String note) {
    assertThat(rules("", note)).contains(rule);
  }

  @ParameterizedTest(name = "[{index}] {1} -> not {0}")
  @CsvSource(delimiter = '|', textBlock = """
      weakness     | legs restless so I gave up and got up
      weakness     | Weak tea before bed
      weakness     | weak wrist from typing
      weakness     | legs strong today, walked 5 miles
      weakness     | my right shoe wouldn't go on
      weakness     | Scared of falling on the stairs one day
      apnea        | gasped at the price of fuel
      apnea        | choked on a fish bone at dinner
      apnea        | held my breath in the pool
      apnea        | choking hazard toys for the grandkid
      apnea        | my husband snores
      apnea        | partner says I don't snore
      apnea        | kid snoring in the next room, me just fidgety legs
      apnea        | bunkmate snored all night, I was up walking anyway
      apnea        | no one hears me snore
      apnea        | my co-driver fell asleep at a red light in his own truck
      apnea        | Epworth, scored 6
      cauda-equina | bottom of my feet numb
      cauda-equina | the bottom of both feet numb and up to pee 3 times
      cauda-equina | numb bum from sitting on a hard chair at the concert
      """)
  void nearMissDoesNotRaiseTheRule(String rule, String note) {
    assertThat(rules("", note)).doesNotContain(rule);
  }

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      pramipexole 0.25mg  | legs playing up by 2pm
      pramipexole 0.25mg  | restless feeling started at lunchtime today
      pramipexole 0.25mg  | symptoms kick in mid afternoon
      pramipexole 0.25mg  | the tablet doesn't last the night anymore
      ropinirole 0.5mg    | ropinirole seems to wear off by 2am
      Leganto 2mg patch   | symptoms starting at 2pm now
      Prolopa             | arms are restless too now
      cabergoline         | symptoms starting at 2pm now
      ropinirole 1 mg     | Onset today at 16:00
      ropinirole 1 mg     | Sx extended to upper limbs since titration to 1 mg
      ropinirole 1 mg     | relief about 2 hours post-dose then breakthrough symptoms
      ropinirole 1 mg     | the ropinerol used to last all nite now it wares off by midnite
      ropinirole 1 mg     | the doctor make the dose bigger and now the legs are more worse
      ropinirole 1 mg     | LEGS START AFTER DINNER AT 1 O CLOCK
      rotigotine patch    | creepy feeling in the forearms now too
      pramipexole 0.25mg  | feel it in my arms and chest
      pramipexole 0.25mg  | the pill only buys me a couple of hours
      pramipexole 0.25mg  | since starting it symptoms come on much earlier
      pramipexole 0.25mg  | getting it in the day as well
      pramipexole 0.25mg  | legs bad before tea now
      ''                  | On Leganto. Restless in my arms as well now
      ''                  | On ropinirole, the restlessness has crept into my arms
      """)
  void augmentationSignOnACurrentAgonist(String medications, String note) {
    assertThat(rules(medications, note)).contains("augmentation");
  }

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                  | Dr wants me to try pramipexole. symptoms starting at 2pm now
      ''                  | GP suggested trying ropinirole; arms restless too now
      ''                  | might start ropinirole next week, arms restless too now
      ''                  | stopped ropinirole in March. symptoms starting at 2pm now
      ''                  | symptoms starting in the afternoon now
      ropinirole 0.5mg    | went to the afternoon matinee
      ropinirole 0.5mg    | symptoms started at 11pm
      """)
  void noAugmentationWithoutACurrentAgonistOrSign(String medications, String note) {
    assertThat(rules(medications, note)).doesNotContain("augmentation");
  }
}
