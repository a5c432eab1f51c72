package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
  /** The night's place in its diary's list of nights; -1 for a tracker's night or one read alone. */
  private final int index;
  /** Every mention of the night's free-text fields, field by field in column order; shared when none. */
  private final List<Found> found;
  private Optional<MagnesiumIntake.Total> magnesium;

  NightReading(DiaryEntry entry, MultilingualReader reader) {
    this(entry, reader, false);
  }

  /**
   * @param device true for a sleep tracker's comment and tags, read as the notes of an entry of
   *     their own: its evidence is then marked as the device's ({@link DiaryField#DEVICE_NOTES})
   */
  NightReading(DiaryEntry entry, MultilingualReader reader, boolean device) {
    this(entry, text -> BoundedReading.read(text, reader), device);
  }

  /**
   * @param read the mentions of a free-text cell; the same text always gives the same mentions, so a
   *     diary's repeated notes may share one reading
   */
  NightReading(DiaryEntry entry, Function<String, List<Mention>> read, boolean device) {
    this(entry, read, device, -1);
  }

  /** As above, for the night at {@code index} in its diary's list of nights. */
  NightReading(DiaryEntry entry, Function<String, List<Mention>> read, boolean device, int index) {
    this.entry = entry;
    this.device = device;
    this.index = index;
    List<Found> all = null;
    for (DiaryField field : DiaryField.values()) {
      if (field.isFreeText() && !entry.text(field).isEmpty()) {
        for (Mention m : read.apply(entry.text(field))) {
          if (all == null) {
            all = new ArrayList<>();
          }
          all.add(new Found(field, m));
        }
      }
    }
    this.found = all == null ? List.of() : List.copyOf(all);
  }

  DiaryEntry entry() {
    return entry;
  }

  /** The night's place in its diary's list of nights, -1 when it has none. */
  int index() {
    return index;
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
    for (Found f : found) {
      if (f.mention().concept().equals(concept)) {
        out.add(f);
      }
    }
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
