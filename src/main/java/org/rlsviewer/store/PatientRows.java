package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.rlsviewer.domain.Patient;

/** Reads and writes {@code patient} rows. */
final class PatientRows {

  private PatientRows() {}

  record PatientRow(long id, Patient patient, long reviewVersion) {}

  /**
   * Creates the patient or brings their details up to date, and locks their row until the
   * transaction ends, so two imports of one patient at once run one after the other. A later export
   * may add details the earlier one lacked; it never blanks known ones.
   */
  static long upsertPatient(Connection c, String key, Patient p, Instant now) throws SQLException {
    String birth = p.birthDate().map(LocalDate::toString).orElse(null);
    // Waits for a concurrent transaction creating the same patient, then does nothing.
    Sql.update(c, "INSERT INTO patient (patient_key, external_id, name, birth_date, sex, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (patient_key) DO NOTHING",
        key, p.id(), p.name(), birth, p.sex(), now.toString());
    Sql.update(c, "UPDATE patient SET"
        + " external_id = COALESCE(NULLIF(?, ''), external_id), name = COALESCE(NULLIF(?, ''), name),"
        + " birth_date = COALESCE(?, birth_date), sex = COALESCE(NULLIF(?, ''), sex) WHERE patient_key = ?",
        p.id(), p.name(), birth, p.sex(), key);
    return patientRow(c, key).orElseThrow().id();
  }

  static Optional<PatientRow> patientRow(Connection c, String key) throws SQLException {
    return Sql.first(c, "SELECT * FROM patient WHERE patient_key = ?",
        rs -> new PatientRow(rs.getLong("id"), patient(rs), rs.getLong("review_version")), key);
  }

  static PatientRow requirePatientRow(Connection c, String key) throws SQLException, StoreException {
    return patientRow(c, key).orElseThrow(() -> new StoreException("This patient is not kept in the database"));
  }

  static long requirePatient(Connection c, String key) throws SQLException, StoreException {
    return requirePatientRow(c, key).id();
  }

  static Patient patient(ResultSet rs) throws SQLException {
    String birth = rs.getString("birth_date");
    return new Patient(rs.getString("external_id"), rs.getString("name"),
        birth == null ? Optional.empty() : Optional.of(LocalDate.parse(birth)), rs.getString("sex"));
  }
}
