package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English families: bladder and bowel change in lay words (weak or trickling stream, straining, no urge,
 * new constipation), saddle words (cold, undercarriage, inner thighs), tracker lines "Field: answer",
 * falls, gestation and night feeds, plural tablet strengths, few hours out of a dose; with near misses.
 * Notes written for this test.
 */
class TrackerAndLayFamiliesEnTest {

  private Set<String> rules(String notes) {
    var findings = NoteProbe.findings(notes);
    return Stream.concat(findings.redFlags().stream(), findings.cautions().stream())
        .map(f -> f.ruleId()).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "[{index}] {1} -> {0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      cauda-equina     => both my calves feel weak and the flow is really poor when I wee
      cauda-equina     => numb legs on both sides, and my wee comes out in dribs
      cauda-equina     => icy feeling over my buttocks and I can barely get any pee out, only drops
      cauda-equina     => undercarriage gone numb and bladder slow to get going
      cauda-equina     => my inner thighs are numb and I have been suddenly constipated for three days
      cauda-equina     => both feet numb and I never felt the need to go to the toilet before it came
      cauda-equina     => Urine: dribbling | Legs: both numb
      cauda-equina     => Bowel: accident | Bottom: numb
      weakness         => took a tumble on the garden path this morning
      weakness         => falls: 2 this week
      weakness         => Weakness: both legs
      weakness         => my right one went on me twice at the shops
      weakness         => calves just stopped working halfway up the hill
      pregnancy        => 35+4 and the legs are dreadful tonight
      pregnancy        => 29 wks, legs jumping
      pregnancy        => expressing at 2am again, legs awful
      magnesium-dose   => had two mag 300s at bedtime
      apnea            => wife says I stop breath then snort
      """)
  void familyMemberRaisesTheRule(String rule, String note) {
    assertThat(rules(note)).as(note).contains(rule);
  }

  @ParameterizedTest(name = "[{index}] {1} -> not {0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      cauda-equina     => legs restless both sides, dribbling on the pillow in my sleep again
      cauda-equina     => bum cold from the stadium seat, legs jumpy as usual
      weakness         => fell asleep in the kitchen chair with the legs going
      weakness         => falls: 0
      weakness         => fell in love with the new mattress
      pregnancy        => pumping iron at the gym at 6am, legs twitchy after
      magnesium-dose   => started magnesium in my 60s, 100 mg a night
      """)
  void nearMissDoesNotRaiseTheRule(String rule, String note) {
    assertThat(rules(note)).as(note).doesNotContain(rule);
  }
}
