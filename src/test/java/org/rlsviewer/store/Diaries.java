package org.rlsviewer.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.MergedNight;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.domain.Urgency;

/** Synthetic diaries for the store tests, built from domain records (no importer involved). */
final class Diaries {

  static final String KEY = "id:P-0042";
  static final Patient PATIENT = new Patient("P-0042", "Jana Testová", Optional.of(LocalDate.of(1961, 4, 17)), "F");
  static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

  private Diaries() {}

  /** A night with only a severity and a note. */
  static DiaryEntry night(int line, LocalDate date, int severity, String notes) {
    return new DiaryEntry(line, date, severity, null, null, "", null, null, null, null, null, null, null,
        null, null, null, "", "", "", null, null, "", notes, Map.of());
  }

  /** A night with every field set, including an extra column and text that needs escaping. */
  static DiaryEntry fullNight(int line, LocalDate date) {
    Map<String, String> extras = new LinkedHashMap<>();
    extras.put("mood", "ok\tish\nreally \\ fine");
    extras.put("steps", "");
    return new DiaryEntry(line, date, 6, LocalTime.of(21, 15), 90, "walking, stretching", LocalTime.of(23, 0),
        35, 3, LocalTime.of(6, 45, 30), 2, 180, LocalTime.of(16, 30), 1.5, 20, 300, "citrate",
        "ferrous sulfate", "vitamin D", true, false, "loose stools", "Legs \"crawling\"; numb toes on the left",
        extras);
  }

  static ImportResult diary(String sourceName, List<DiaryEntry> nights) {
    return diary(PATIENT, sourceName, nights, List.of(), List.of());
  }

  static ImportResult diary(Patient patient, String sourceName, List<DiaryEntry> nights, List<RejectedRow> rejected,
      List<String> warnings) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("patient_id", patient.id());
    metadata.put("source", "synthetic test");
    Diary d = new Diary(patient, metadata, nights, List.of("mood", "steps"));
    List<MergedNight> merged = nights.isEmpty() ? List.of()
        : List.of(new MergedNight(nights.get(0).date(), List.of(nights.get(0).line(), nights.get(0).line() + 1)));
    return new ImportResult(d, new ImportReport(sourceName, nights.size() + rejected.size(), nights.size(),
        rejected, warnings, "daylio", merged));
  }

  /** The request for a diary; the bytes stand in for the file and differ whenever the nights do. */
  static ImportRequest request(String key, ImportResult imported) {
    StringBuilder text = new StringBuilder("# synthetic\n");
    for (DiaryEntry e : imported.diary().entries()) {
      text.append(e).append('\n');
    }
    return new ImportRequest(key, imported, imported.report().sourceName(),
        text.toString().getBytes(StandardCharsets.UTF_8), "clinician1");
  }

  /** A stand-in for the rules: flags the word starting "numb" in a night's note. */
  static List<Flag> numbnessFlags(Diary diary) {
    List<Flag> flags = new ArrayList<>();
    for (DiaryEntry e : diary.entries()) {
      int at = e.notes().toLowerCase(java.util.Locale.ROOT).indexOf("numb");
      if (at >= 0) {
        int end = at;
        while (end < e.notes().length() && Character.isLetter(e.notes().charAt(end))) {
          end++;
        }
        String matched = e.notes().substring(at, end);
        flags.add(new Flag("numbness", "Numbness", Urgency.SOON,
            new Evidence(e.date(), DiaryField.NOTES, matched, e.notes(), at, end),
            "Consider reviewing sensation", "test basis", "rules-1"));
      }
    }
    return flags;
  }
}
