package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Urgency;

/** Maps a {@link Flag} to and from a {@code flag} row. */
final class FlagRows {

  private FlagRows() {}

  static void insert(Connection c, long patientId, long importId, Flag f) throws SQLException {
    Evidence ev = f.evidence();
    try (PreparedStatement st = c.prepareStatement("INSERT INTO flag (patient_id, import_id, flag_key,"
        + " is_current, rule_id, rule_set_version, title, urgency, night, evidence_field, matched,"
        + " field_text, match_start, match_end, rationale, basis, certainty)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setLong(1, patientId);
      st.setLong(2, importId);
      st.setString(3, f.key());
      st.setBoolean(4, true);
      st.setString(5, f.ruleId());
      st.setString(6, f.ruleSetVersion() == null ? "" : f.ruleSetVersion());
      st.setString(7, f.title());
      st.setString(8, f.urgency().name());
      st.setString(9, ev.date().toString());
      st.setString(10, ev.field().column());
      st.setString(11, ev.matched());
      st.setString(12, ev.fieldText());
      st.setInt(13, ev.start());
      st.setInt(14, ev.end());
      st.setString(15, f.rationale());
      st.setString(16, f.basis());
      st.setString(17, f.certainty().label());
      st.executeUpdate();
    }
  }

  static void retire(Connection c, long patientId, String key) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "UPDATE flag SET is_current = ? WHERE patient_id = ? AND flag_key = ? AND is_current = ?")) {
      st.setBoolean(1, false);
      st.setLong(2, patientId);
      st.setString(3, key);
      st.setBoolean(4, true);
      st.executeUpdate();
    }
  }

  static List<Flag> current(Connection c, long patientId) throws SQLException {
    List<Flag> flags = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(
        "SELECT * FROM flag WHERE patient_id = ? AND is_current = ? ORDER BY night, rule_id, id")) {
      st.setLong(1, patientId);
      st.setBoolean(2, true);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          DiaryField field = DiaryField.forHeader(rs.getString("evidence_field"))
              .orElseThrow(() -> new SQLException("unknown diary field in a kept flag"));
          Evidence ev = new Evidence(LocalDate.parse(rs.getString("night")), field, rs.getString("matched"),
              rs.getString("field_text"), rs.getInt("match_start"), rs.getInt("match_end"));
          flags.add(new Flag(rs.getString("rule_id"), rs.getString("title"),
              Urgency.valueOf(rs.getString("urgency")), ev, rs.getString("rationale"), rs.getString("basis"),
              rs.getString("rule_set_version"), certainty(rs.getString("certainty"))));
        }
      }
    }
    return flags;
  }

  private static Certainty certainty(String label) throws SQLException {
    for (Certainty c : Certainty.values()) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new SQLException("unknown certainty in a kept flag");
  }

  /**
   * Makes the given flags the current ones. Returns {raised, retired}. A flag whose key was raised
   * before stays the same flag (its decisions apply); if its wording or evidence offsets moved, the
   * row is renewed so the window highlights the words where they now are, and likewise when its
   * certainty changed (a possible flag the reader now reads as definite keeps its decisions).
   */
  static int[] replace(Connection c, long patientId, long importId, List<Flag> flags)
      throws SQLException {
    Map<String, Flag> before = new LinkedHashMap<>();
    for (Flag f : current(c, patientId)) {
      before.put(f.key(), f);
    }
    Map<String, Flag> after = new LinkedHashMap<>();
    flags.forEach(f -> after.putIfAbsent(f.key(), f));
    int raised = 0;
    for (Flag f : after.values()) {
      Flag earlier = before.get(f.key());
      if (earlier == null) {
        insert(c, patientId, importId, f);
        raised++;
      } else if (!earlier.equals(f)) {
        retire(c, patientId, f.key());
        insert(c, patientId, importId, f);
      }
    }
    Set<String> retired = new LinkedHashSet<>(before.keySet());
    retired.removeAll(after.keySet());
    for (String key : retired) {
      retire(c, patientId, key);
    }
    return new int[] {raised, retired.size()};
  }
}
