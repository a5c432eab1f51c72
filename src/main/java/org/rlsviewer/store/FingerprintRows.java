package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Reads and writes {@code export_fingerprint}: the patient an unnamed export's fingerprint was named as. */
final class FingerprintRows {

  private FingerprintRows() {}

  /** Points the fingerprint at the patient, replacing an earlier answer. */
  static void remember(Connection c, String fingerprint, long patientId, Instant now) throws SQLException {
    Sql.update(c, "DELETE FROM export_fingerprint WHERE fingerprint = ?", fingerprint);
    Sql.update(c, "INSERT INTO export_fingerprint (fingerprint, patient_id, remembered_at) VALUES (?, ?, ?)",
        fingerprint, patientId, now.toString());
  }

  /** The key of the patient the fingerprint was named as; empty when never named (or the patient was deleted). */
  static Optional<String> patientKey(Connection c, String fingerprint) throws SQLException {
    return Sql.first(c, "SELECT p.patient_key FROM export_fingerprint f JOIN patient p ON p.id = f.patient_id"
        + " WHERE f.fingerprint = ?", rs -> rs.getString(1), fingerprint);
  }

  static void forget(Connection c, long patientId) throws SQLException {
    Sql.update(c, "DELETE FROM export_fingerprint WHERE patient_id = ?", patientId);
  }
}
