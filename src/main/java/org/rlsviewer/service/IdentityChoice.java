package org.rlsviewer.service;

import java.util.Objects;

/**
 * How to import a file whose patient id is kept for a patient with another name or birth date:
 * ask (refuse with a {@link PatientIdentityConflictException}), the same patient (update the kept
 * details), or a different patient under a new id ({@code newId}; empty: the proposed one).
 */
public record IdentityChoice(Kind kind, String newId) {

  /** The three answers. */
  public enum Kind { ASK, SAME_PATIENT, NEW_PATIENT }

  public IdentityChoice {
    Objects.requireNonNull(kind, "kind");
    newId = newId == null ? "" : newId.strip();
  }

  public static IdentityChoice ask() {
    return new IdentityChoice(Kind.ASK, "");
  }

  public static IdentityChoice samePatient() {
    return new IdentityChoice(Kind.SAME_PATIENT, "");
  }

  /** A different patient under the given id, or the proposed one when empty. */
  public static IdentityChoice newPatient(String newId) {
    return new IdentityChoice(Kind.NEW_PATIENT, newId);
  }
}
