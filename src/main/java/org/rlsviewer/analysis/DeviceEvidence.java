package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rlsviewer.domain.DeviceNight;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;

/**
 * What the rules read from a sleep tracker's nights kept beside the diary: its comment and tags
 * like the patient's notes (for the rules that read words), and its snoring minutes, breathing
 * disturbances and SpO2 dips as evidence for the apnea rule. All evidence is marked as the
 * device's ({@code device: ...} fields), never as the patient's own entry.
 */
final class DeviceEvidence {

  private DeviceEvidence() {}

  /** The tracker's comments and tags, each night's read as the notes of an entry of its own. */
  static List<NightReading> readings(List<DeviceNight> nights, MultilingualReader reader) {
    List<NightReading> out = new ArrayList<>();
    for (DeviceNight n : nights) {
      if (!n.notes().isEmpty()) {
        out.add(new NightReading(notesOnly(n), reader, true));
      }
    }
    return out;
  }

  private static DiaryEntry notesOnly(DeviceNight n) {
    return new DiaryEntry(0, n.date(), null, null, null, "", null, null, null, null, null, null, null, null, null,
        null, "", "", "", null, null, "", n.notes(), Map.of());
  }

  /**
   * Whether a rule reads words only (so a tracker's comment counts like a note); rules on the
   * diary's numbers, doses and times (magnesium, augmentation, the Epworth score) read the diary alone.
   */
  static boolean readsText(Rule rule) {
    return switch (rule.trigger()) {
      case TriggerCatalogue.NOTE, TriggerCatalogue.WORDS, TriggerCatalogue.SWELLING, TriggerCatalogue.CAUDA_EQUINA,
          TriggerCatalogue.DROWSY_DRIVING, TriggerCatalogue.PREGNANCY, TriggerCatalogue.AGGRAVATING_MEDICATION,
          TriggerCatalogue.MAGNESIUM_INTERACTION -> true;
      default -> false;
    };
  }

  /** A candidate found in a tracker's comment, marked as the device's. */
  static RuleEngine.Candidate marked(RuleEngine.Candidate c, NightReading night) {
    return night.device() ? new RuleEngine.Candidate(night.relabelled(c.evidence()), c.values(), c.certainty()) : c;
  }

  /**
   * The device's apnea-related measures for a {@code field} rule: any measured snoring for
   * {@code field snoring} (as the tracker readers set the diary's snoring), any breathing
   * disturbance or SpO2 dip for {@code field breathing_pauses}.
   */
  static List<RuleEngine.Candidate> apneaMeasures(String fieldRule, List<DeviceNight> nights) {
    List<RuleEngine.Candidate> out = new ArrayList<>();
    for (DeviceNight n : nights) {
      if (fieldRule.equals("snoring")) {
        add(out, n, DiaryField.DEVICE_SNORING, DeviceNight::snoringMin, " min (" + n.source() + ")");
      } else if (fieldRule.equals("breathing_pauses")) {
        add(out, n, DiaryField.DEVICE_BREATHING, DeviceNight::breathingDisturbances, " (" + n.source() + ")");
        add(out, n, DiaryField.DEVICE_SPO2, DeviceNight::spo2Dips, " (" + n.source() + ")");
      }
    }
    return out;
  }

  private static void add(List<RuleEngine.Candidate> out, DeviceNight n, DiaryField field,
      Function<DeviceNight, Integer> measure, String unit) {
    Integer value = measure.apply(n);
    if (value != null && value > 0) {
      out.add(new RuleEngine.Candidate(Evidence.wholeValue(n.date(), field, value + unit), Map.of()));
    }
  }
}
