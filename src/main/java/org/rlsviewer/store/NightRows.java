package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.DiaryEntry;

/** The versions of nights in {@code night_entry}: which is current, writing new ones. */
final class NightRows {

  private NightRows() {}

  record CurrentNight(long id, String fingerprint) {}

  static Map<LocalDate, CurrentNight> currentNights(Connection c, long patientId) throws SQLException {
    record Kept(LocalDate night, CurrentNight current) {}
    Map<LocalDate, CurrentNight> map = new HashMap<>();
    for (Kept kept : Sql.list(c, "SELECT id, night, fingerprint FROM night_entry WHERE patient_id = ? AND is_current = ?",
        rs -> new Kept(LocalDate.parse(rs.getString("night")), new CurrentNight(rs.getLong("id"), rs.getString("fingerprint"))),
        patientId, true)) {
      map.put(kept.night(), kept.current());
    }
    return map;
  }

  static List<DiaryEntry> currentEntries(Connection c, long patientId) throws SQLException {
    return Sql.list(c, "SELECT * FROM night_entry WHERE patient_id = ? AND is_current = ? ORDER BY night",
        EntryRows::read, patientId, true);
  }

  static void retireNight(Connection c, long patientId, LocalDate night) throws SQLException {
    Sql.update(c, "UPDATE night_entry SET is_current = ? WHERE patient_id = ? AND night = ? AND is_current = ?",
        false, patientId, night.toString(), true);
  }

  static void insertNights(Connection c, long patientId, long importId, List<DiaryEntry> nights)
      throws SQLException {
    String params = "?, ".repeat(5 + EntryRows.COLUMN_COUNT - 1) + "?";
    try (PreparedStatement st = c.prepareStatement("INSERT INTO night_entry (patient_id, import_id, night,"
        + " is_current, fingerprint, " + EntryRows.COLUMNS + ") VALUES (" + params + ")")) {
      for (DiaryEntry e : nights) {
        st.setLong(1, patientId);
        st.setLong(2, importId);
        st.setString(3, e.date().toString());
        st.setBoolean(4, true);
        st.setString(5, EntryRows.fingerprint(e));
        EntryRows.bind(st, 6, e);
        st.addBatch();
      }
      st.executeBatch();
    }
  }
}
