package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Appends to and reads {@code audit_event}. */
final class AuditRows {

  private AuditRows() {}

  static void insert(Connection c, AuditAction action, String user, OptionalLong patientRef, String detail,
      Instant now) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action,"
        + " patient_ref, detail) VALUES (?, ?, ?, ?, ?)")) {
      st.setString(1, now.toString());
      st.setString(2, user);
      st.setString(3, action.name());
      if (patientRef.isPresent()) {
        st.setLong(4, patientRef.getAsLong());
      } else {
        st.setNull(4, java.sql.Types.BIGINT);
      }
      st.setString(5, detail);
      st.executeUpdate();
    }
  }

  static List<AuditEvent> events(Connection c, String sql, OptionalLong patientRef) throws SQLException {
    List<AuditEvent> list = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      if (patientRef.isPresent()) {
        st.setLong(1, patientRef.getAsLong());
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          long ref = rs.getLong("patient_ref");
          OptionalLong patient = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(ref);
          list.add(new AuditEvent(rs.getLong("id"), Instant.parse(rs.getString("occurred_at")),
              rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), patient, rs.getString("detail")));
        }
      }
    }
    return list;
  }
}
