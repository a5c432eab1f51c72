package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;

/**
 * One night with every mention in its free-text fields, read once (in bounded work, see
 * {@link BoundedReading}) and shared by all rules.
 */
final class NightReading {

  /** A mention together with the field it was found in. */
  record Found(DiaryField field, Mention mention) {}

  private final DiaryEntry entry;
  private final boolean device;
  private final Map<DiaryField, List<Mention>> byField = new EnumMap<>(DiaryField.class);
  private Optional<MagnesiumIntake.Total> magnesium;

  NightReading(DiaryEntry entry, MultilingualReader reader) {
    this(entry, reader, false);
  }

  /**
   * @param device true for a sleep tracker's comment and tags, read as the notes of an entry of
   *     their own: its evidence is then marked as the device's ({@link DiaryField#DEVICE_NOTES})
   */
  NightReading(DiaryEntry entry, MultilingualReader reader, boolean device) {
    this.entry = entry;
    this.device = device;
    for (DiaryField field : DiaryField.values()) {
      if (field.isFreeText() && !entry.text(field).isEmpty()) {
        byField.put(field, BoundedReading.read(entry.text(field), reader));
      }
    }
  }

  DiaryEntry entry() {
    return entry;
  }

  /** The night's magnesium total, read once (several magnesium rules ask). */
  Optional<MagnesiumIntake.Total> magnesium() {
    if (magnesium == null) {
      magnesium = MagnesiumIntake.of(entry);
    }
    return magnesium;
  }

  /** Every mention of a concept, affirmed or not, field by field in column order. */
  List<Found> all(String concept) {
    List<Found> out = new ArrayList<>();
    byField.forEach((field, mentions) -> mentions.stream().filter(m -> m.concept().equals(concept))
        .forEach(m -> out.add(new Found(field, m))));
    return out;
  }

  /** The affirmed mentions of a concept: the patient's own, current and actual. */
  List<Found> affirmed(String concept) {
    return all(concept).stream().filter(f -> f.mention().assertion().affirmed()).toList();
  }

  /**
   * The mentions of a concept a red flag fires on: affirmed, or set aside by a cue the reader is not
   * sure of (then {@link Assertion#uncertain()} and the flag is possible).
   */
  List<Found> flaggable(String concept) {
    return all(concept).stream().filter(f -> f.mention().assertion().flaggable()).toList();
  }

  boolean has(String concept) {
    return !affirmed(concept).isEmpty();
  }

  Evidence evidence(Found found) {
    Mention m = found.mention();
    return relabelled(new Evidence(entry.date(), found.field(), m.matched(), entry.text(found.field()), m.start(),
        m.end()));
  }

  /** True for a tracker's comment and tags, read as a night of their own beside the diary's. */
  boolean device() {
    return device;
  }

  /** Evidence from this night's notes, marked as the device's when the night is a tracker's. */
  Evidence relabelled(Evidence e) {
    return device && e.field() == DiaryField.NOTES
        ? new Evidence(e.date(), DiaryField.DEVICE_NOTES, e.matched(), e.fieldText(), e.start(), e.end()) : e;
  }
}
