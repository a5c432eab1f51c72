package org.rlsviewer.store;

import org.rlsviewer.domain.IdentityConflict;
import org.rlsviewer.domain.Patient;

/**
 * A file's patient id is kept for a patient with another name or birth date: nothing was imported
 * (the refusal is in the audit trail). Two people are never merged without the user saying so.
 */
public final class IdentityConflictException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final transient IdentityConflict conflict;

  IdentityConflictException(Patient kept, Patient incoming) {
    super("The patient id of this file is kept for another name or birth date; nothing was imported.");
    this.conflict = new IdentityConflict(kept, incoming, "");
  }

  /** The patient as kept and as the file names them (no new id proposed yet). */
  public IdentityConflict conflict() {
    return conflict;
  }

  /**
   * Whether two patients under one id differ: both name a person and the names differ (ignoring
   * case and spacing), or both give a birth date and the dates differ. A detail one of them lacks
   * is no conflict: a later export may add it.
   */
  public static boolean differ(Patient kept, Patient incoming) {
    String a = normalised(kept.name());
    String b = normalised(incoming.name());
    boolean names = !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    boolean births = kept.birthDate().isPresent() && incoming.birthDate().isPresent()
        && !kept.birthDate().equals(incoming.birthDate());
    return names || births;
  }

  private static String normalised(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
