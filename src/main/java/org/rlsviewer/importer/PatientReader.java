package org.rlsviewer.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rlsviewer.domain.Patient;

/** The patient as the metadata lines describe them. */
final class PatientReader {

  private PatientReader() {}

  static Patient from(Map<String, String> metadata, List<String> warnings) {
    return new Patient(
        metadata.get("patient_id"),
        metadata.get("name"),
        birthDate(metadata.get("birth_date"), warnings),
        metadata.get("sex"));
  }

  private static Optional<LocalDate> birthDate(String value, List<String> warnings) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = CellParser.isoDate(value.strip());
    if (date.isEmpty()) {
      warnings.add("birth_date \"" + CellParser.shorten(value) + "\" in the # lines is not a date"
          + " (expected yyyy-MM-dd); the birth date was left empty.");
    }
    return date;
  }
}
