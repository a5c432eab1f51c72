package org.rlsviewer.domain;

/**
 * A file's patient id is kept for a patient with another name or birth date: the patient as kept, as
 * the file names them, and an id for the file's patient should they be someone else (free, or already
 * kept for a patient of the file's name and birth date).
 */
public record IdentityConflict(Patient kept, Patient inFile, String proposedNewId) {

  /** The id both share. */
  public String patientId() {
    return kept.id();
  }

  /** The same conflict with an id proposed for the file's patient. */
  public IdentityConflict withProposedNewId(String id) {
    return new IdentityConflict(kept, inFile, id);
  }
}
