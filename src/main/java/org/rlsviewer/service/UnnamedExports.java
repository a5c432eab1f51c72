package org.rlsviewer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.UnnamedExport;

/** Who the patient of an export is, when the export does not say: the answer given, or the question. */
final class UnnamedExports {

  private UnnamedExports() {}

  /** Whether the export names no patient: neither a name nor an id (a birth date alone names no one). */
  static boolean namesNoOne(Patient patient) {
    return patient.id().isEmpty() && patient.name().isEmpty();
  }

  /**
   * The import with the given patient's name, id and birth date filling what the file leaves empty
   * (a value the file gives differently is kept as the file has it, with a warning in the report);
   * unchanged without a given patient, unless the file names no one and the options ask.
   *
   * @param remembered the patient an earlier export with the same fingerprint was named as
   * @throws UnnamedPatientException when the file names no one, none was given and the options ask
   */
  static ImportResult named(ImportResult read, OpenOptions options, Optional<Patient> remembered)
      throws UnnamedPatientException {
    Patient inFile = read.diary().patient();
    if (options.patient().isEmpty()) {
      if (namesNoOne(inFile) && options.asksForUnnamed()) {
        throw new UnnamedPatientException(new UnnamedExport(read.report().sourceName(), read.report().format(),
            inFile, remembered));
      }
      return read;
    }
    Patient given = options.patient().get();
    List<String> notUsed = new ArrayList<>();
    String id = fill(inFile.id(), given.id(), "patient id", notUsed);
    String name = fill(inFile.name(), given.name(), "name", notUsed);
    Optional<java.time.LocalDate> birth = inFile.birthDate().isPresent() ? inFile.birthDate() : given.birthDate();
    if (inFile.birthDate().isPresent() && given.birthDate().isPresent()
        && !inFile.birthDate().equals(given.birthDate())) {
      notUsed.add("birth date");
    }
    Patient patient = new Patient(id, name, birth, inFile.sex().isEmpty() ? given.sex() : inFile.sex());
    Diary d = read.diary();
    ImportReport r = read.report();
    List<String> warnings = new ArrayList<>(r.warnings());
    if (!notUsed.isEmpty()) {
      warnings.add("The file names its patient's " + String.join(", ", notUsed)
          + " itself; the one given for the import was not used.");
    }
    return new ImportResult(new Diary(patient, d.metadata(), d.entries(), d.extraColumns()),
        new ImportReport(r.sourceName(), r.dataRows(), r.imported(), r.rejected(), warnings, r.format(), r.merged()));
  }

  private static String fill(String inFile, String given, String what, List<String> notUsed) {
    if (inFile.isEmpty()) {
      return given;
    }
    if (!given.isEmpty() && !given.equalsIgnoreCase(inFile)) {
      notUsed.add(what);
    }
    return inFile;
  }

  /** Whether the patient given is the one remembered: same id and name (case aside), birth dates not differing. */
  static boolean samePatient(Patient given, Patient remembered) {
    return given.id().equalsIgnoreCase(remembered.id()) && given.name().equalsIgnoreCase(remembered.name())
        && (given.birthDate().isEmpty() || remembered.birthDate().isEmpty()
            || given.birthDate().equals(remembered.birthDate()));
  }
}
