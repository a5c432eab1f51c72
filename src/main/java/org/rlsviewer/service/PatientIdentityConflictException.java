package org.rlsviewer.service;

import java.io.IOException;
import org.rlsviewer.domain.IdentityConflict;

/**
 * A file's patient id is kept for a patient with another name or birth date: nothing was imported.
 * The user decides: the same patient (details updated) or a different one under a new id
 * ({@link IdentityConflict#proposedNewId()}). Import again with an {@link IdentityChoice}.
 */
public final class PatientIdentityConflictException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient IdentityConflict conflict;

  PatientIdentityConflictException(IdentityConflict conflict, Throwable cause) {
    super(line(conflict), cause);
    this.conflict = conflict;
  }

  /**
   * One line naming both names and nothing else of the patients: "the patient id in this file is
   * kept for Anna Berg, but the file names Anne Borg".
   */
  private static String line(IdentityConflict conflict) {
    String kept = conflict.kept().name().isEmpty() ? "an unnamed patient" : conflict.kept().name();
    String file = conflict.inFile().name().isEmpty() ? "no name" : conflict.inFile().name();
    var keptBirth = conflict.kept().birthDate();
    var fileBirth = conflict.inFile().birthDate();
    boolean birthDiffers = keptBirth.isPresent() && fileBirth.isPresent() && !keptBirth.equals(fileBirth);
    return "the patient id in this file is kept for " + kept + ", but the file names " + file
        + (birthDiffers ? " with another birth date" : "");
  }

  public IdentityConflict conflict() {
    return conflict;
  }
}
