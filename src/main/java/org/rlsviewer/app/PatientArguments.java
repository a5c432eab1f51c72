package org.rlsviewer.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.rlsviewer.domain.Patient;
import picocli.CommandLine.Option;

/**
 * Who the patient is when the export does not say ({@code --patient-id}, {@code --name},
 * {@code --birth-date}): they fill what the file leaves empty; a file that names its patient keeps its own.
 */
final class PatientArguments {

  @Option(names = "--patient-id", paramLabel = "ID",
      description = "The patient's id, for an export that names none (kept patients with this id are merged).")
  String patientId;

  @Option(names = "--name", paramLabel = "NAME", description = "The patient's name, for an export that names none.")
  String name;

  @Option(names = "--birth-date", paramLabel = RangeArguments.DATE,
      description = "The patient's date of birth, for an export that gives none.")
  String birthDate;

  /** The patient given, or empty when neither an id nor a name was given. */
  Optional<Patient> patient() throws UsageProblem {
    if (patientId != null && patientId.isBlank()) {
      throw new UsageProblem("--patient-id needs an id");
    }
    if (name != null && name.isBlank()) {
      throw new UsageProblem("--name needs a name");
    }
    Optional<LocalDate> birth = Optional.empty();
    if (birthDate != null) {
      try {
        birth = Optional.of(LocalDate.parse(birthDate.strip()));
      } catch (DateTimeParseException e) {
        throw new UsageProblem("--birth-date needs a date as " + RangeArguments.DATE);
      }
    }
    if (patientId == null && name == null) {
      if (birth.isPresent()) {
        throw new UsageProblem("--birth-date needs --name or --patient-id as well");
      }
      return Optional.empty();
    }
    return Optional.of(new Patient(patientId, name, birth, ""));
  }
}
