package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
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
    Object[] params = patientRef.isPresent() ? new Object[] {patientRef.getAsLong()} : new Object[0];
    return Sql.list(c, sql, rs -> {
      long ref = rs.getLong("patient_ref");
      OptionalLong patient = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(ref);
      return new AuditEvent(rs.getLong("id"), Instant.parse(rs.getString("occurred_at")),
          rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), patient, rs.getString("detail"));
    }, params);
  }
}
