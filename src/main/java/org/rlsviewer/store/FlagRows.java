package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
    Sql.update(c, "INSERT INTO flag (patient_id, import_id, flag_key, is_current, rule_id, rule_set_version,"
        + " title, urgency, night, evidence_field, matched, field_text, match_start, match_end, rationale, basis,"
        + " certainty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        patientId, importId, f.key(), true, f.ruleId(), f.ruleSetVersion() == null ? "" : f.ruleSetVersion(),
        f.title(), f.urgency().name(), ev.date().toString(), ev.field().column(), ev.matched(), ev.fieldText(),
        ev.start(), ev.end(), f.rationale(), f.basis(), f.certainty().label());
  }

  static void retire(Connection c, long patientId, String key) throws SQLException {
    Sql.update(c, "UPDATE flag SET is_current = ? WHERE patient_id = ? AND flag_key = ? AND is_current = ?",
        false, patientId, key, true);
  }

  static List<Flag> current(Connection c, long patientId) throws SQLException {
    return Sql.list(c, "SELECT * FROM flag WHERE patient_id = ? AND is_current = ? ORDER BY night, rule_id, id",
        FlagRows::flag, patientId, true);
  }

  private static Flag flag(ResultSet rs) throws SQLException {
    DiaryField field = DiaryField.forColumn(rs.getString("evidence_field"))
        .orElseThrow(() -> new SQLException("unknown diary field in a kept flag"));
    Evidence ev = new Evidence(LocalDate.parse(rs.getString("night")), field, rs.getString("matched"),
        rs.getString("field_text"), rs.getInt("match_start"), rs.getInt("match_end"));
    return new Flag(rs.getString("rule_id"), rs.getString("title"), Urgency.valueOf(rs.getString("urgency")), ev,
        rs.getString("rationale"), rs.getString("basis"), rs.getString("rule_set_version"),
        certainty(rs.getString("certainty")));
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
