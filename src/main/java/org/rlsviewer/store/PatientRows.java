package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

  static long upsertPatient(Connection c, String key, Patient p, Instant now) throws SQLException {
    Optional<PatientRow> existing = patientRow(c, key);
    if (existing.isEmpty()) {
      try (PreparedStatement st = c.prepareStatement("INSERT INTO patient (patient_key, external_id, name,"
          + " birth_date, sex, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
        st.setString(1, key);
        st.setString(2, p.id());
        st.setString(3, p.name());
        st.setString(4, p.birthDate().map(LocalDate::toString).orElse(null));
        st.setString(5, p.sex());
        st.setString(6, now.toString());
        return Sql.returnedId(st);
      }
    }
    // A later export may add details the earlier one lacked; it never blanks known ones.
    Patient before = existing.get().patient();
    try (PreparedStatement st = c.prepareStatement(
        "UPDATE patient SET external_id = ?, name = ?, birth_date = ?, sex = ? WHERE id = ?")) {
      st.setString(1, p.id().isEmpty() ? before.id() : p.id());
      st.setString(2, p.name().isEmpty() ? before.name() : p.name());
      st.setString(3, p.birthDate().or(before::birthDate).map(LocalDate::toString).orElse(null));
      st.setString(4, p.sex().isEmpty() ? before.sex() : p.sex());
      st.setLong(5, existing.get().id());
      st.executeUpdate();
    }
    return existing.get().id();
  }

  static Optional<PatientRow> patientRow(Connection c, String key) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT * FROM patient WHERE patient_key = ?")) {
      st.setString(1, key);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Optional.of(new PatientRow(rs.getLong("id"), patient(rs), rs.getLong("review_version")))
            : Optional.empty();
      }
    }
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
