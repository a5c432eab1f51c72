package org.rlsviewer.service;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A file's patient id is kept for a patient with another name or birth date: nothing was imported.
 * The user decides: the same patient (details updated) or a different one under a new id
 * ({@link #proposedNewId()} is free, or kept for a patient of the file's name and birth date).
 * Import again with an {@link IdentityChoice}.
 */
public final class PatientIdentityConflictException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String patientId;
  private final String keptName;
  private final String fileName;
  private final transient Optional<LocalDate> keptBirthDate;
  private final transient Optional<LocalDate> fileBirthDate;
  private final String proposedNewId;

  PatientIdentityConflictException(String patientId, String keptName, Optional<LocalDate> keptBirthDate,
      String fileName, Optional<LocalDate> fileBirthDate, String proposedNewId, Throwable cause) {
    super(line(keptName, fileName, keptBirthDate, fileBirthDate), cause);
    this.patientId = patientId;
    this.keptName = keptName;
    this.fileName = fileName;
    this.keptBirthDate = keptBirthDate;
    this.fileBirthDate = fileBirthDate;
    this.proposedNewId = proposedNewId;
  }

  /**
   * One line naming both names and nothing else of the patients: "the patient id in this file is
   * kept for Anna Berg, but the file names Anne Borg".
   */
  private static String line(String keptName, String fileName, Optional<LocalDate> keptBirth,
      Optional<LocalDate> fileBirth) {
    String kept = keptName.isEmpty() ? "an unnamed patient" : keptName;
    String file = fileName.isEmpty() ? "no name" : fileName;
    boolean birthDiffers = keptBirth.isPresent() && fileBirth.isPresent() && !keptBirth.equals(fileBirth);
    return "the patient id in this file is kept for " + kept + ", but the file names " + file
        + (birthDiffers ? " with another birth date" : "");
  }

  public String patientId() {
    return patientId;
  }

  public String keptName() {
    return keptName;
  }

  /** The name the file gives. */
  public String fileName() {
    return fileName;
  }

  public Optional<LocalDate> keptBirthDate() {
    return keptBirthDate;
  }

  public Optional<LocalDate> fileBirthDate() {
    return fileBirthDate;
  }

  /** An id for the file's patient: free, or already kept for a patient of the same name and birth date. */
  public String proposedNewId() {
    return proposedNewId;
  }
}
