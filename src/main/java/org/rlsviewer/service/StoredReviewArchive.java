package org.rlsviewer.service;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.store.PatientStore;
import org.rlsviewer.store.ReviewConflictException;
import org.rlsviewer.store.StoreException;

/**
 * Reviews kept in the database, so last week's review is there today and a colleague sees it.
 * Each change is one transaction with its audit entry. Saves are checked against the review as it
 * was last read through this archive: if another clinician changed it since, the save is refused
 * with a {@link ReviewConflictException} saying what changed; call {@link #reviewOf} to reload,
 * then save again. Thread-safe.
 */
public final class StoredReviewArchive implements ReviewArchive {

  private final PatientStore store;
  private final java.util.function.Supplier<String> user;
  private final Map<String, Long> versionRead = new ConcurrentHashMap<>();

  /**
   * @param user the operating-system user, recorded in the audit trail
   */
  public StoredReviewArchive(PatientStore store, String user) {
    this(store, () -> user);
  }

  /** @param user who is recorded in the audit trail, asked for at each change */
  StoredReviewArchive(PatientStore store, java.util.function.Supplier<String> user) {
    this.store = store;
    this.user = user;
  }

  @Override
  public Review reviewOf(String patientKey) throws StoreException {
    if (!store.contains(patientKey)) {
      versionRead.remove(patientKey);
      return Review.empty();
    }
    // Version first: a change landing between the two reads then makes our next save conflict
    // (safe) rather than silently overwrite what we never saw.
    versionRead.put(patientKey, store.reviewVersion(patientKey));
    return store.reviewOf(patientKey);
  }

  /** @throws ReviewConflictException when someone else changed the review since it was read */
  @Override
  public void record(String patientKey, ReviewDecision decision) throws StoreException {
    long now = store.recordDecision(patientKey, decision, user.get(), expected(patientKey));
    versionRead.put(patientKey, now);
  }

  /** @throws ReviewConflictException when someone else changed the review since it was read */
  @Override
  public void saveNotes(String patientKey, VisitNotes notes) throws StoreException {
    long now = store.saveNotes(patientKey, notes, user.get(), expected(patientKey));
    versionRead.put(patientKey, now);
  }

  private OptionalLong expected(String patientKey) {
    Long v = versionRead.get(patientKey);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }
}
