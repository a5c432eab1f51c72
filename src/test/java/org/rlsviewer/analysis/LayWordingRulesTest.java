package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Patient;

/**
 * The red-flag rules on patients' own words (issue 15, items 4-8): one-night diaries through
 * {@link DiaryAnalyser}, each phrasing with the flags it must raise and the near misses that must
 * not raise any. Notes written for this test.
 */
class LayWordingRulesTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  private static DiaryEntry night(LocalDate date, String medications, String notes, Map<String, String> extras) {
    return new DiaryEntry(2, date, 5, null, null, "", null, null, null, null, null, null, null, null, null, null, "",
        medications, "", null, null, "", notes, extras);
  }

  private static Diary diary(List<DiaryEntry> entries) {
    return new Diary(Patient.unknown(), Map.of(), entries, List.of());
  }

  /** The red flags of one night as "rule:urgency" joined by " + " in order, or "none". */
  private String flags(String medications, String notes) {
    String s = analyser.analyse(diary(List.of(night(NIGHT, medications, notes, Map.of())))).redFlags().stream()
        .map(f -> f.ruleId() + ":" + f.urgency().label()).sorted().distinct().collect(Collectors.joining(" + "));
    return s.isEmpty() ? "none" : s;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      right ankle puffy and tight                          | swelling:urgent
      ankle swollen (right) since Monday                   | swelling:urgent
      left: ankle swollen                                  | swelling:urgent
      R calf swollen                                       | swelling:urgent
      ankle swollen, worse on the left                     | swelling:urgent
      swelling only the right                              | swelling:urgent
      one ankle bigger than the other                      | swelling:urgent
      ankles swollen L>R                                   | swelling:urgent
      feet puffy R>L                                       | swelling:urgent
      the left one is fatter                               | swelling:urgent
      one ankle is twice the size of the other             | swelling:urgent
      my left ankle is swollen compared to my right        | swelling:urgent
      my right shoe wouldn't go on, foot puffed up         | swelling:urgent
      LLE edema 2+                                         | swelling:urgent
      R-sided calf swelling                                | swelling:urgent
      ankle swollen - left                                 | swelling:urgent
      unilateral ankle swelling                            | swelling:urgent
      left calf hot and red                                | swelling:urgent
      calf tender to touch and warm                        | swelling:urgent
      left calf really painful tonight                     | swelling:urgent
      both ankles swollen                                  | swelling:soon
      ankles a bit puffy                                   | swelling:soon
      sock marks on my ankles                              | swelling:soon
      ankles swollen, left foot numb but legs fine         | numbness:routine + swelling:soon
      put a hot water bottle on my calf                    | none
      my calf in a warm bath helped                        | none
      calf sore after the gym                              | none
      legs hot and restless till 2                         | none
      my dog's leg is swollen                              | none
      my mum's left ankle is swollen                       | none
      no swelling in my left ankle                         | none
      """)
  void swellingOfOneLegIsUrgentHoweverItIsSaid(String notes, String expected) {
    assertThat(flags("", notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      left ankle swollen and I can't catch my breath
      leg swollen and a tight chest
      left calf hot and red, short of breath on the stairs
      right calf swollen and my chest feels heavy
      """)
  void oneLegSwellingWithBreathlessnessUsesEmergencyWording(String notes) {
    List<Flag> flags = analyser.analyse(diary(List.of(night(NIGHT, "", notes, Map.of())))).redFlags();
    assertThat(flags).extracting(Flag::ruleId).containsExactly("swelling");
    assertThat(flags.get(0).urgency().label()).isEqualTo("urgent");
    assertThat(flags.get(0).title()).startsWith("Possible emergency");
  }

  @Test
  void theSideIsReadFromTheClauseAndTheComparison() {
    assertThat(title("my left ankle is swollen compared to my right")).isEqualTo("Swelling of the left leg");
    assertThat(title("ankle swollen (R)")).isEqualTo("Swelling of the right leg");
    assertThat(title("one ankle bigger than the other")).isEqualTo("Swelling of one leg");
    assertThat(title("legs swollen, more on the left than the right")).isEqualTo("Swelling of the left leg");
  }

  private String title(String notes) {
    return analyser.analyse(diary(List.of(night(NIGHT, "", notes, Map.of())))).redFlags().get(0).title();
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      so weak I could barely walk to the loo               | weakness:soon
      legs so weak tonight                                 | weakness:soon
      no strength in my legs at all                        | weakness:soon
      dragging my left leg                                 | weakness:soon
      left foot dragging on the way back                   | weakness:soon
      legs not holding me up                               | weakness:soon
      knees buckling on the stairs                         | weakness:soon
      my legs just sort of went                            | weakness:soon
      keep tripping over nothing                           | weakness:soon
      right foot catches on the carpet                     | weakness:soon
      foot slapping on the floor when I walk               | weakness:soon
      can't stand on my tiptoes                            | weakness:soon
      couldn't get up from the chair without my arms       | weakness:soon
      fell twice this week                                 | weakness:soon
      I fell.                                              | weakness:soon
      fell at the shops this morning                       | weakness:soon
      had a tumble in the garden                           | weakness:soon
      calf muscle looks thinner                            | weakness:soon
      legs won't take my weight                            | weakness:soon
      weak coffee again                                    | none
      fell asleep at 11                                    | none
      fell asleep again after the loo                      | none
      I fell back to sleep                                 | none
      fell into bed at 11                                  | none
      dropped my phone in the night                        | none
      trips to the loo x3                                  | none
      legs wanted to move all evening                      | none
      legs not weak, just restless                         | none
      my husband fell over in the garden                   | none
      """)
  void weaknessInLayWords(String notes, String expected) {
    assertThat(flags("", notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      wife says I stop breathing                           | apnea:soon
      partner says I stop breathing then snort             | apnea:soon
      woke up choking                                      | apnea:soon
      woke at 4am unable to breathe                        | apnea:soon
      woke with my heart pounding and short of breath      | apnea:soon
      nodded off at the wheel on the way home              | apnea:soon
      so sleepy I nodded off while driving                 | apnea:soon
      had to pull over for a nap on the motorway           | apnea:soon
      nearly fell asleep driving home                      | apnea:soon
      Epworth 14 at the GP                                 | apnea:soon
      ESS 12/24                                            | apnea:soon
      did the Epworth test: 11                             | apnea:soon
      scored 15 on the Epworth                             | apnea:soon
      ESS 8                                                | none
      Epworth 10                                           | none
      fell asleep on the sofa                              | none
      my wife snores                                       | none
      dozed in front of the telly                          | none
      """)
  void apneaAndDrowsyDriving(String notes, String expected) {
    assertThat(flags("", notes)).isEqualTo(expected);
  }

  @Test
  void drowsyDrivingCarriesADrivingSafetyLineAndEpworthNamesTheScore() {
    Flag driving = analyser.analyse(diary(List.of(night(NIGHT, "", "dozed off at the wheel", Map.of()))))
        .redFlags().get(0);
    assertThat(driving.ruleId()).isEqualTo("apnea");
    assertThat(driving.urgency().label()).isEqualTo("soon");
    assertThat(driving.rationale()).contains("Driving safety").doesNotContainIgnoringCase("stop taking");

    Flag note = analyser.analyse(diary(List.of(night(NIGHT, "", "Epworth 14 at the GP", Map.of())))).redFlags()
        .get(0);
    assertThat(note.title()).isEqualTo("Excessive daytime sleepiness (Epworth 14)");
    assertThat(note.basis()).contains("Johns 1991");
    assertThat(note.evidence().matched()).isEqualTo("Epworth 14");
  }

  @Test
  void anEpworthColumnKeptAsExtraDataIsRead() {
    List<Flag> high = analyser.analyse(diary(List.of(night(NIGHT, "", "", Map.of("Epworth", "13"))))).redFlags();
    assertThat(high).extracting(Flag::ruleId).containsExactly("apnea");
    assertThat(high.get(0).title()).contains("Epworth 13");
    assertThat(high.get(0).evidence().matched()).isEqualTo("Epworth: 13");
    assertThat(analyser.analyse(diary(List.of(night(NIGHT, "", "", Map.of("ess", "10"))))).redFlags()).isEmpty();
    assertThat(analyser.analyse(diary(List.of(night(NIGHT, "", "", Map.of("epworth", "31"))))).redFlags()).isEmpty();
    assertThat(analyser.analyse(diary(List.of(night(NIGHT, "", "", Map.of("mood", "14"))))).redFlags()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] meds {0} / notes {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ropinirole 1mg           | starting after lunch now                     | augmentation:soon
      pramipexole              | symptoms in the afternoon now                | augmentation:soon
      Requip                   | coming on earlier each week                  | augmentation:soon
      Neupro patch             | creeping into my arms                        | augmentation:soon
      Sinemet                  | it's gone into my hips and back now          | augmentation:soon
      Mirapexin                | worse since the dose went up                 | augmentation:soon
      Mirapex                  | since the dose was increased my legs are worse | augmentation:soon
      pramipexole              | wears off after 2 hours                      | augmentation:soon
      Madopar                  | the tablet only helps for 3 hours now        | augmentation:soon
      ''                       | starting after lunch now                     | none
      stopped ropinirole in March | starting after lunch now                  | none
      ropinirole               | came off ropinirole last month, arms restless now | none
      pramipexole              | napped after lunch, legs fine                | none
      pramipexole              | back to sleep now                            | none
      """)
  void augmentationOnlyWhileADopamineMedicineIsCurrent(String meds, String notes, String expected) {
    assertThat(flags(meds, notes)).isEqualTo(expected);
  }

  @Test
  void augmentationStopsOnceTheMedicineIsStopped() {
    List<DiaryEntry> nights = List.of(
        night(NIGHT, "ropinirole", "", Map.of()),
        night(NIGHT.plusDays(1), "", "came off ropinirole today", Map.of()),
        night(NIGHT.plusDays(2), "", "restless in my arms too", Map.of()));
    assertThat(analyser.analyse(diary(nights)).redFlags()).isEmpty();
    List<DiaryEntry> before = List.of(
        night(NIGHT, "", "restless in my arms too", Map.of()),
        night(NIGHT.plusDays(1), "pramipexole 0.25mg", "", Map.of()));
    assertThat(analyser.analyse(diary(before)).redFlags()).extracting(f -> f.evidence().date())
        .containsExactly(NIGHT);
  }

  @Test
  void earlierOnsetFromTheColumnOnlyWhileCurrent() {
    List<DiaryEntry> nights = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      String meds = i < 10 ? "pramipexole" : "";
      String notes = i == 10 ? "stopped pramipexole" : "";
      nights.add(new DiaryEntry(2, NIGHT.plusDays(i), 5, i < 7 ? LocalTime.of(22, 0) : LocalTime.of(18, 30), null,
          "", null, null, null, null, null, null, null, null, null, null, "", meds, "", null, null, "", notes,
          Map.of()));
    }
    assertThat(analyser.analyse(diary(nights)).redFlags()).isEmpty();
    List<DiaryEntry> still = nights.stream().map(e -> new DiaryEntry(2, e.date(), 5, e.symptomStart(), null, "",
        null, null, null, null, null, null, null, null, null, null, "", "pramipexole", "", null, null, "", "",
        Map.of())).toList();
    assertThat(analyser.analyse(diary(still)).redFlags()).extracting(f -> f.evidence().field())
        .containsExactly(DiaryField.SYMPTOM_START);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      can't feel when I wipe and lost control of my bladder     | cauda-equina:urgent + numbness:routine
      numb where I sit on the bike seat and wet myself          | cauda-equina:urgent + numbness:routine
      bottom feels numb and can't tell when I need to pee       | cauda-equina:urgent + numbness:routine
      numb between my legs, couldn't start peeing               | cauda-equina:urgent + numbness:routine
      both legs weak and lost control of my bowels              | cauda-equina:urgent + weakness:soon
      legs so weak and can't pee                                | cauda-equina:urgent + weakness:soon
      legs gone weak and I can't empty my bladder               | cauda-equina:urgent + weakness:soon
      legs numb and peed myself                                 | cauda-equina:urgent + numbness:routine
      up twice for a wee                                        | none
      woke at 3 to pee                                          | none
      my dad wet himself                                        | none
      no bladder or bowel problems                              | none
      """)
  void caudaEquinaInLayWords(String notes, String expected) {
    assertThat(flags("", notes)).isEqualTo(expected);
  }
}
