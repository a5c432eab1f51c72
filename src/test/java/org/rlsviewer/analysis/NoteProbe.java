package org.rlsviewer.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Patient;

/**
 * What the wording tests probe: the whole analysis of a diary of one night, severity 5, whose only
 * text is {@code notes}.
 */
final class NoteProbe {

  static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);

  private NoteProbe() {}

  static Findings findings(String notes) {
    return findings("", notes);
  }

  /** The same night with {@code medications} in its medicines column. */
  static Findings findings(String medications, String notes) {
    DiaryEntry night = new DiaryEntry(2, NIGHT, 5, null, null, "", null, null, null, null, null, null, null, null,
        null, null, "", medications, "", null, null, "", notes, Map.of());
    return new DiaryAnalyser().analyse(new Diary(Patient.unknown(), Map.of(), List.of(night), List.of()));
  }

  /** The most urgent level of {@code rule} in the findings for that night, or "none". */
  static String level(String rule, String medications, String notes) {
    return findings(medications, notes).flags().stream().filter(f -> f.ruleId().equals(rule))
        .map(f -> f.urgency().label()).sorted().findFirst().orElse("none");
  }

  /** The flags of that night as "rule:urgency" ("swelling:urgent"). */
  static Set<String> ruleUrgencies(String notes) {
    return findings(notes).flags().stream()
        .map(f -> f.ruleId() + ":" + f.urgency().name().toLowerCase()).collect(Collectors.toSet());
  }
}
