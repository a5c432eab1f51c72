package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.rlsviewer.domain.Bookmark;
import org.rlsviewer.domain.IrlsScore;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitNotes;

/** Reads and writes review decisions, visit notes and the review version. */
final class ReviewRows {

  private ReviewRows() {}

  static List<ReviewDecision> decisions(Connection c, long patientId, long afterVersion) throws SQLException {
    return Sql.list(c, "SELECT * FROM review_decision WHERE patient_id = ? AND review_version > ? ORDER BY id",
        rs -> new ReviewDecision(rs.getString("flag_key"), ReviewStatus.valueOf(rs.getString("status")),
            rs.getString("reason"), rs.getString("review_comment"), rs.getString("reviewer"),
            Instant.parse(rs.getString("decided_at"))), patientId, afterVersion);
  }

  static VisitNotes notes(Connection c, long patientId) throws SQLException {
    String text = Sql.first(c, "SELECT notes FROM visit_notes WHERE patient_id = ?", rs -> rs.getString(1), patientId)
        .orElse("");
    List<String> tests = Sql.list(c, "SELECT test_id FROM ticked_test WHERE patient_id = ? ORDER BY seq",
        rs -> rs.getString(1), patientId);
    List<Bookmark> bookmarks = Sql.list(c, "SELECT night, note FROM bookmark WHERE patient_id = ? ORDER BY seq",
        rs -> new Bookmark(LocalDate.parse(rs.getString(1)), rs.getString(2)), patientId);
    List<IrlsScore> irls = Sql.list(c, "SELECT taken_on, total FROM irls_total WHERE patient_id = ? ORDER BY seq",
        rs -> IrlsScore.of(LocalDate.parse(rs.getString(1)), rs.getInt(2), IrlsScore.Source.CLINICIAN), patientId);
    return new VisitNotes(text, tests, bookmarks, irls);
  }

  /** Replaces the bookmarks and clinician's IRLS totals of a patient with those of the notes. */
  static void replaceAdditions(Connection c, long patientId, VisitNotes notes) throws SQLException {
    Sql.update(c, "DELETE FROM bookmark WHERE patient_id = ?", patientId);
    Sql.update(c, "DELETE FROM irls_total WHERE patient_id = ?", patientId);
    Sql.insertNumbered(c, "INSERT INTO bookmark (patient_id, seq, night, note) VALUES (?, ?, ?, ?)", patientId,
        notes.bookmarks(), b -> new Object[] {b.night().toString(), b.note()});
    Sql.insertNumbered(c, "INSERT INTO irls_total (patient_id, seq, taken_on, total) VALUES (?, ?, ?, ?)", patientId,
        notes.irlsTotals(), s -> new Object[] {s.date().toString(), s.total()});
  }

  /**
   * Raises the patient's review version; with an expected version, only if it is still current.
   * The conditional update is the optimistic lock: of two clinicians saving on the same version,
   * the second finds no row to update.
   */
  static long bumpReviewVersion(Connection c, long patientId, OptionalLong expected)
      throws SQLException, StoreException {
    String sql = "UPDATE patient SET review_version = review_version + 1 WHERE id = ?"
        + (expected.isPresent() ? " AND review_version = ?" : "");
    Object[] params = expected.isPresent() ? new Object[] {patientId, expected.getAsLong()} : new Object[] {patientId};
    if (Sql.update(c, sql, params) == 0) {
      long now = Sql.count(c, "SELECT review_version FROM patient WHERE id = ?", patientId);
      boolean notesChanged = Sql.count(c, "SELECT COUNT(*) FROM visit_notes WHERE patient_id = ? AND review_version > "
          + expected.getAsLong(), patientId) > 0;
      throw new ReviewConflictException(decisions(c, patientId, expected.getAsLong()), notesChanged, now);
    }
    return Sql.count(c, "SELECT review_version FROM patient WHERE id = ?", patientId);
  }
}
