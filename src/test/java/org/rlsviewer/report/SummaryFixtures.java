package org.rlsviewer.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitSummary;

/** Hand-built domain records for report tests, independent of the importer and the rules. */
final class SummaryFixtures {

  static final LocalDate FIRST = LocalDate.of(2025, 3, 1);

  private SummaryFixtures() {}

  static DiaryEntry night(LocalDate date, Integer severity, Integer magnesiumMg, String notes) {
    return new DiaryEntry(2, date, severity, null, null, "", null, null, null, null, null, null, null, null,
        null, magnesiumMg, "", "", "", null, null, "", notes, Map.of());
  }

  static Diary diary(Patient patient, List<DiaryEntry> nights) {
    return new Diary(patient, Map.of(), nights, List.of());
  }

  static Flag flag(String rule, Urgency urgency, LocalDate date, String text, String matched) {
    int start = text.indexOf(matched);
    return new Flag(rule, "Title of " + rule, urgency,
        new Evidence(date, DiaryField.NOTES, matched, text, start, start + matched.length()),
        "Consider review of " + rule + ".", "Basis for " + rule, "test-1");
  }

  static VisitSummary summary(Diary diary, List<Flag> flags, List<RejectedRow> rejected) {
    int imported = diary.entries().size();
    Findings findings = new Findings("test-1", flags,
        List.of(new SuggestedTest("ferritin", "Ferritin", "Iron stores matter in RLS.", "AASM 2024")),
        new KeyFigures(diary.nightsInPeriod(), imported, imported, OptionalDouble.of(4.5), imported));
    return new VisitSummary(diary, new ImportReport("diary.csv", imported + rejected.size(), imported, rejected,
        List.of()), findings, LocalDateTime.of(2025, 4, 20, 9, 30), "9.9.9");
  }

  /** Eight weeks of nights, rated 3-7, with magnesium from week three. */
  static List<DiaryEntry> eightWeeks(String note) {
    List<DiaryEntry> nights = new ArrayList<>();
    for (int i = 0; i < 56; i++) {
      nights.add(night(FIRST.plusDays(i), 3 + i % 5, i >= 14 ? 300 : null, note));
    }
    return nights;
  }

  static Patient patient(String id, String name) {
    return new Patient(id, name, Optional.of(LocalDate.of(1961, 7, 2)), "female");
  }
}
