package org.rlsviewer.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An imported diary: who it belongs to, the metadata lines of the export, and its nights sorted by
 * date. {@code extraColumns} lists, in file order, the headers the program did not recognise.
 * {@code deviceNights} are a sleep tracker's nights of the same patient, kept beside the entries
 * (never merged into them), sorted by date; empty when no tracker was added.
 */
public record Diary(
    Patient patient, Map<String, String> metadata, List<DiaryEntry> entries, List<String> extraColumns,
    List<DeviceNight> deviceNights) {

  public Diary {
    metadata = Map.copyOf(metadata);
    // most diaries come sorted (an import's nights, a merge): one look instead of a sort
    entries = sortedByDate(entries) ? entries.stream().toList()
        : entries.stream().sorted(Comparator.comparing(DiaryEntry::date)).toList();
    extraColumns = List.copyOf(extraColumns);
    deviceNights = deviceNights == null ? List.of()
        : deviceNights.stream().sorted(Comparator.comparing(DeviceNight::date)).toList();
  }

  private static boolean sortedByDate(List<DiaryEntry> entries) {
    LocalDate previous = null;
    for (DiaryEntry e : entries) {
      LocalDate date = e.date();
      if (previous != null && date.isBefore(previous)) {
        return false;
      }
      previous = date;
    }
    return true;
  }

  /** A diary without device nights. */
  public Diary(Patient patient, Map<String, String> metadata, List<DiaryEntry> entries, List<String> extraColumns) {
    this(patient, metadata, entries, extraColumns, List.of());
  }

  /** The same diary with these device nights beside its entries (replacing any it had). */
  public Diary withDeviceNights(List<DeviceNight> nights) {
    return new Diary(patient, metadata, entries, extraColumns, nights);
  }

  /** The names of the devices whose nights are kept beside the diary, in order of first night. */
  public List<String> deviceSources() {
    return deviceNights.stream().map(DeviceNight::source).distinct().toList();
  }

  public Optional<LocalDate> firstNight() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).date());
  }

  public Optional<LocalDate> lastNight() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).date());
  }

  /** The same diary with only the nights inside the range. */
  public Diary within(DateRange range) {
    return range.isAll() ? this
        : new Diary(patient, metadata, entries.stream().filter(e -> range.contains(e.date())).toList(), extraColumns,
            deviceNights.stream().filter(n -> range.contains(n.date())).toList());
  }

  /** Calendar nights from the first to the last logged night, inclusive; 0 for an empty diary. */
  public int nightsInPeriod() {
    return firstNight().map(f -> (int) ChronoUnit.DAYS.between(f, lastNight().orElseThrow()) + 1).orElse(0);
  }
}
