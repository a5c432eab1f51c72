package org.rlsviewer.store;

/**
 * What to do when a file's patient id is kept for a patient with another name or birth date.
 */
public enum IdentityResolution {
  /** Refuse the import with an {@link IdentityConflictException}: the user is asked. */
  ASK,
  /** The user said it is the same patient: the kept details are brought up to date. */
  SAME_PATIENT,
  /** The user said it is a different patient, now imported under a new id (refused if that one conflicts too). */
  NEW_PATIENT
}
