package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rlsviewer.domain.LabResult;

/** Reads and adds a patient's kept lab results. */
final class LabRows {

  private LabRows() {}

  static List<LabResult> all(Connection c, long patientId) throws SQLException {
    return Sql.list(c, "SELECT test, result_value, unit, taken_on FROM lab_result WHERE patient_id = ?"
        + " ORDER BY taken_on, id", rs -> new LabResult(rs.getString(1), rs.getDouble(2), rs.getString(3),
        LocalDate.parse(rs.getString(4))), patientId);
  }

  /** Adds the results not kept yet (same test, date, value and unit); returns how many were added. */
  static int addNew(Connection c, long patientId, long importId, List<LabResult> labs, String sourceFile)
      throws SQLException {
    Set<LabResult> kept = new HashSet<>(all(c, patientId));
    int added = 0;
    try (PreparedStatement st = c.prepareStatement("INSERT INTO lab_result (patient_id, import_id, test,"
        + " result_value, unit, taken_on, source_file) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (LabResult r : labs) {
        if (!kept.add(r)) {
          continue;
        }
        st.setLong(1, patientId);
        st.setLong(2, importId);
        st.setString(3, r.test());
        st.setDouble(4, r.value());
        st.setString(5, r.unit());
        st.setString(6, r.date().toString());
        st.setString(7, sourceFile);
        st.addBatch();
        added++;
      }
      st.executeBatch();
    }
    return added;
  }
}
