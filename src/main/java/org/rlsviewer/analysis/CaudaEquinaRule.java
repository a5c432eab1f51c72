package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rlsviewer.analysis.RuleEngine.Candidate;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.Evidence;

/**
 * The {@code cauda-equina} trigger on one night: both legs weak or numb together with a bladder or
 * bowel change or saddle numbness; or saddle numbness with a bladder or bowel change; possible when
 * weakness or numbness without a side comes with a bladder or bowel change; never when the night says
 * the bladder and bowels work as usual and names no change. The left and the right leg named each on
 * its own count as both legs. Evidence: the
 * bladder, bowel or saddle words, widened to the leg words when they are in the same field.
 */
final class CaudaEquinaRule {

  static final String BLADDER_BOWEL = "bladder-bowel";
  static final String SADDLE = "saddle";
  /** Bladder and bowels said to work as usual that night ("the wee was normal", "Blase und Darm normal"). */
  static final String BLADDER_NORMAL = "bladder-normal";

  private CaudaEquinaRule() {}

  static List<Candidate> candidates(NightReading night) {
    List<NightReading.Found> legs = new ArrayList<>();
    List<NightReading.Found> sideUnsaid = new ArrayList<>();
    for (String c : List.of(RuleEngine.WEAKNESS, RuleEngine.NUMBNESS)) {
      night.flaggable(c).stream().filter(f -> f.mention().laterality() == Laterality.BOTH).forEach(legs::add);
      night.flaggable(c).stream().filter(f -> f.mention().laterality() == Laterality.UNSPECIFIED)
          .forEach(sideUnsaid::add);
    }
    legs.addAll(eachSideSaid(night));
    List<NightReading.Found> bladder = night.flaggable(BLADDER_BOWEL);
    List<NightReading.Found> saddle = night.flaggable(SADDLE);
    if (bladder.isEmpty() && !night.affirmed(BLADDER_NORMAL).isEmpty()) {
      return List.of(); // "can't feel myself wiping, but the wee was normal": numbness, no cauda equina
    }
    boolean bothLegs = holds(legs, bladder, saddle);
    if (!bothLegs && !holds(sideUnsaid, bladder, List.of())) {
      return List.of();
    }
    if (!bothLegs) {
      legs = sideUnsaid; // "weak and numb" with a bladder or bowel change: possible, side not said
    }
    Certainty certainty = bothLegs && holds(affirmedOnly(legs), affirmedOnly(bladder), affirmedOnly(saddle))
        ? Certainty.DEFINITE : Certainty.POSSIBLE;
    NightReading.Found key = !bladder.isEmpty() ? bladder.get(0) : saddle.get(0);
    Evidence e = night.evidence(key);
    for (NightReading.Found leg : legs) {
      if (leg.field() == key.field()) {
        int start = Math.min(e.start(), leg.mention().start());
        int end = Math.max(e.end(), leg.mention().end());
        e = new Evidence(e.date(), e.field(), e.fieldText().substring(start, end), e.fieldText(), start, end);
        break;
      }
    }
    return List.of(new Candidate(e, Map.of(), certainty));
  }

  /**
   * The left and the right leg named weak or numb each on its own ("L leg: weak. R leg: weak.",
   * "Pierna izq: dormida / Pierna dcha: dormida"): both legs, read as the left one's findings and the right one's.
   */
  private static List<NightReading.Found> eachSideSaid(NightReading night) {
    List<NightReading.Found> left = new ArrayList<>();
    List<NightReading.Found> right = new ArrayList<>();
    for (String c : List.of(RuleEngine.WEAKNESS, RuleEngine.NUMBNESS)) {
      for (NightReading.Found f : night.flaggable(c)) {
        if (f.mention().laterality() == Laterality.LEFT) {
          left.add(f);
        } else if (f.mention().laterality() == Laterality.RIGHT) {
          right.add(f);
        }
      }
    }
    if (left.isEmpty() || right.isEmpty()) {
      return List.of();
    }
    List<NightReading.Found> both = new ArrayList<>(left);
    both.addAll(right);
    return both;
  }

  private static boolean holds(List<NightReading.Found> legs, List<NightReading.Found> bladder,
      List<NightReading.Found> saddle) {
    return (!legs.isEmpty() && (!bladder.isEmpty() || !saddle.isEmpty())) || (!saddle.isEmpty() && !bladder.isEmpty());
  }

  private static List<NightReading.Found> affirmedOnly(List<NightReading.Found> found) {
    return found.stream().filter(f -> f.mention().assertion().affirmed()).toList();
  }
}
