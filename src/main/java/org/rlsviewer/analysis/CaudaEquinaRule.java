package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rlsviewer.analysis.RuleEngine.Candidate;
import org.rlsviewer.domain.Evidence;

/**
 * The {@code cauda-equina} trigger on one night: both legs weak or numb together with a bladder or
 * bowel change or saddle numbness; or saddle numbness with a bladder or bowel change. Evidence: the
 * bladder, bowel or saddle words, widened to the leg words when they are in the same field.
 */
final class CaudaEquinaRule {

  static final String BLADDER_BOWEL = "bladder-bowel";
  static final String SADDLE = "saddle";

  private CaudaEquinaRule() {}

  static List<Candidate> candidates(NightReading night) {
    List<NightReading.Found> legs = new ArrayList<>();
    for (String c : List.of(RuleEngine.WEAKNESS, RuleEngine.NUMBNESS)) {
      night.affirmed(c).stream().filter(f -> f.mention().laterality() == Laterality.BOTH).forEach(legs::add);
    }
    List<NightReading.Found> bladder = night.affirmed(BLADDER_BOWEL);
    List<NightReading.Found> saddle = night.affirmed(SADDLE);
    boolean fires = (!legs.isEmpty() && (!bladder.isEmpty() || !saddle.isEmpty()))
        || (!saddle.isEmpty() && !bladder.isEmpty());
    if (!fires) {
      return List.of();
    }
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
    return List.of(new Candidate(e, Map.of()));
  }
}
