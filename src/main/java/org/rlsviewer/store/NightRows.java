package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.DiaryEntry;

/** The versions of nights in {@code night_entry}: which is current, writing new ones. */
final class NightRows {

  private NightRows() {}

  record CurrentNight(long id, String fingerprint) {}

  static Map<LocalDate, CurrentNight> currentNights(Connection c, long patientId) throws SQLException {
    Map<LocalDate, CurrentNight> map = new HashMap<>();
    try (PreparedStatement st = c.prepareStatement(
        "SELECT id, night, fingerprint FROM night_entry WHERE patient_id = ? AND is_current = ?")) {
      st.setLong(1, patientId);
      st.setBoolean(2, true);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          map.put(LocalDate.parse(rs.getString("night")), new CurrentNight(rs.getLong("id"), rs.getString("fingerprint")));
        }
      }
    }
    return map;
  }

  static List<DiaryEntry> currentEntries(Connection c, long patientId) throws SQLException {
    List<DiaryEntry> entries = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(
        "SELECT * FROM night_entry WHERE patient_id = ? AND is_current = ? ORDER BY night")) {
      st.setLong(1, patientId);
      st.setBoolean(2, true);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          entries.add(EntryRows.read(rs));
        }
      }
    }
    return entries;
  }

  static void retireNight(Connection c, long patientId, LocalDate night) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "UPDATE night_entry SET is_current = ? WHERE patient_id = ? AND night = ? AND is_current = ?")) {
      st.setBoolean(1, false);
      st.setLong(2, patientId);
      st.setString(3, night.toString());
      st.setBoolean(4, true);
      st.executeUpdate();
    }
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
