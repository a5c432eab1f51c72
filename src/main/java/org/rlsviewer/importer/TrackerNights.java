package org.rlsviewer.importer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.MergedNight;
import org.rlsviewer.domain.RejectedRow;

/**
 * Every data record of a tracker export, imported as a session or rejected, and the nights the
 * sessions make. A session belongs to the evening it starts on; one starting before noon to the
 * evening before (docs/diary-format.md: a night carries the date of its evening). A session from
 * noon to 18:00 of one afternoon is a nap, kept as an extra value, not as the night's bedtime.
 *
 * <p>A night takes the earliest bedtime and the latest wake time of its sessions and sums their
 * minutes (asleep, awake, snoring) and awakenings; the tracker's comments and tags become the
 * night's notes, so the rules read them like a patient's notes.
 */
final class TrackerNights {

  static final String TIME_IN_BED = "device time in bed (min)";
  static final String ASLEEP = "device sleep (min)";
  static final String AWAKE = "device awake (min)";
  static final String SNORE = "device snoring (min)";
  static final String SOURCE = "device";
  private static final int NAP_FROM = 12;
  private static final int NAP_UNTIL = 18;

  private final String format;
  private final List<TrackerSession> sessions = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private int dataRecords;

  TrackerNights(String format) {
    this.format = format;
  }

  void add(TrackerSession session) {
    dataRecords++;
    sessions.add(session);
  }

  void reject(int line, String reason, String raw) {
    dataRecords++;
    rejected.add(new RejectedRow(line, reason, raw == null ? "" : CellParser.shorten(raw.strip())));
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  void metadata(String key, String value) {
    if (value != null && !value.isBlank()) {
      metadata.putIfAbsent(key, value.strip());
    }
  }

  int dataRecords() {
    return dataRecords;
  }

  static LocalDate nightOf(LocalDateTime start) {
    return start.getHour() < NAP_FROM ? start.toLocalDate().minusDays(1) : start.toLocalDate();
  }

  /** A session that starts and ends between noon and 18:00 of one day is a nap, not the night's sleep. */
  static boolean isNap(LocalDateTime start, LocalDateTime end) {
    return start.getHour() >= NAP_FROM && start.getHour() < NAP_UNTIL && end.toLocalDate().equals(start.toLocalDate())
        && end.toLocalTime().isBefore(LocalTime.of(NAP_UNTIL, 0));
  }

  ImportResult result(String sourceName, String deviceLabel) {
    Map<LocalDate, List<TrackerSession>> byNight = new TreeMap<>();
    for (TrackerSession s : sessions) {
      byNight.computeIfAbsent(nightOf(s.start()), n -> new ArrayList<>()).add(s);
    }
    List<DiaryEntry> entries = new ArrayList<>();
    List<MergedNight> merged = new ArrayList<>();
    Set<String> extraKeys = new LinkedHashSet<>();
    for (var e : byNight.entrySet()) {
      List<TrackerSession> night = e.getValue();
      night.sort((a, b) -> a.start().compareTo(b.start()));
      DiaryEntry entry = entry(e.getKey(), night, deviceLabel);
      extraKeys.addAll(entry.extras().keySet());
      entries.add(entry);
      if (night.size() > 1) {
        merged.add(new MergedNight(e.getKey(), night.stream().map(TrackerSession::line).sorted().toList()));
      }
    }
    String article = "AEIOU".indexOf(deviceLabel.charAt(0)) >= 0 ? "an " : "a ";
    warnings.add(0, "Recognised " + article + deviceLabel + " export (see docs/import-formats.md); its nights are"
        + " the device's measurements" + (extraKeys.isEmpty() ? "."
        : "; values without a diary field are kept as extra data: "
            + String.join(", ", extraKeys.stream().map(k -> "\"" + k + "\"").toList()) + "."));
    if (dataRecords > 0 && entries.isEmpty()) {
      warnings.add("None of the " + dataRecords + " records could be imported.");
    }
    Diary diary = new Diary(PatientReader.from(metadata, warnings), metadata, entries, List.copyOf(extraKeys));
    ImportReport report = new ImportReport(sourceName, dataRecords, sessions.size(), rejected, warnings, format,
        merged);
    return new ImportResult(diary, report);
  }

  private static DiaryEntry entry(LocalDate date, List<TrackerSession> night, String deviceLabel) {
    EntryBuilder b = new EntryBuilder();
    LocalDateTime bed = null;
    LocalDateTime wake = null;
    Integer asleep = null;
    Integer awake = null;
    Integer awakenings = null;
    Integer snore = null;
    List<LocalDateTime[]> inBed = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, Set<String>> extras = new LinkedHashMap<>();
    for (TrackerSession s : night) {
      if (isNap(s.start(), s.end())) {
        b.extra("nap", s.start().toLocalTime() + "-" + s.end().toLocalTime());
      } else {
        if (bed == null || s.start().isBefore(bed)) {
          bed = s.start();
          b.sleepLatencyMin = s.latencyMin();
        }
        if (wake == null || s.end().isAfter(wake)) {
          wake = s.end();
        }
        inBed.add(new LocalDateTime[] {s.start(), s.end()});
      }
      asleep = sum(asleep, s.asleepMin());
      awake = sum(awake, s.awakeMin());
      awakenings = sum(awakenings, s.awakenings());
      snore = sum(snore, s.snoreMin());
      if (s.quality() != null) {
        b.sleepQuality = b.sleepQuality == null ? s.quality() : Math.min(b.sleepQuality, s.quality());
      }
      if (!s.notes().isEmpty() && !notes.contains(s.notes())) {
        notes.add(s.notes());
      }
      s.extras().forEach((k, v) -> extras.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
    }
    extras.forEach((k, v) -> b.extra(k, String.join(" | ", v)));
    if (bed != null) {
      b.bedtime = bed.toLocalTime().withSecond(0).withNano(0);
      b.wakeTime = wake.toLocalTime().withSecond(0).withNano(0);
      b.extra(TIME_IN_BED, Long.toString(unionMinutes(inBed)));
    }
    b.awakenings = awakenings;
    if (snore != null) {
      b.snoring = snore > 0;
      b.extra(SNORE, snore.toString());
    }
    b.extra(ASLEEP, asleep == null ? null : asleep.toString());
    b.extra(AWAKE, awake == null ? null : awake.toString());
    b.extra(SOURCE, deviceLabel);
    b.notes = String.join("; ", notes);
    return b.build(night.get(0).line(), date);
  }

  /** The minutes covered by intervals that may overlap (an iPhone's and a watch's records of one night). */
  static long unionMinutes(List<LocalDateTime[]> intervals) {
    intervals.sort((a, b) -> a[0].compareTo(b[0]));
    long minutes = 0;
    LocalDateTime coveredUntil = null;
    for (LocalDateTime[] i : intervals) {
      LocalDateTime from = coveredUntil != null && coveredUntil.isAfter(i[0]) ? coveredUntil : i[0];
      if (i[1].isAfter(from)) {
        minutes += Duration.between(from, i[1]).toMinutes();
        coveredUntil = i[1];
      }
    }
    return minutes;
  }

  private static Integer sum(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(a + b);
  }
}
