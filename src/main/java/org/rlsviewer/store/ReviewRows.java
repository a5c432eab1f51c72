package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
    List<ReviewDecision> list = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT * FROM review_decision"
        + " WHERE patient_id = ? AND review_version > ? ORDER BY id")) {
      st.setLong(1, patientId);
      st.setLong(2, afterVersion);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          list.add(new ReviewDecision(rs.getString("flag_key"), ReviewStatus.valueOf(rs.getString("status")),
              rs.getString("reason"), rs.getString("review_comment"), rs.getString("reviewer"),
              Instant.parse(rs.getString("decided_at"))));
        }
      }
    }
    return list;
  }

  static VisitNotes notes(Connection c, long patientId) throws SQLException {
    String text = "";
    try (PreparedStatement st = c.prepareStatement("SELECT notes FROM visit_notes WHERE patient_id = ?")) {
      st.setLong(1, patientId);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next()) {
          text = rs.getString(1);
        }
      }
    }
    List<String> tests = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(
        "SELECT test_id FROM ticked_test WHERE patient_id = ? ORDER BY seq")) {
      st.setLong(1, patientId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          tests.add(rs.getString(1));
        }
      }
    }
    List<Bookmark> bookmarks = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(
        "SELECT night, note FROM bookmark WHERE patient_id = ? ORDER BY seq")) {
      st.setLong(1, patientId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          bookmarks.add(new Bookmark(LocalDate.parse(rs.getString(1)), rs.getString(2)));
        }
      }
    }
    List<IrlsScore> irls = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(
        "SELECT taken_on, total FROM irls_total WHERE patient_id = ? ORDER BY seq")) {
      st.setLong(1, patientId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          irls.add(IrlsScore.of(LocalDate.parse(rs.getString(1)), rs.getInt(2), IrlsScore.Source.CLINICIAN));
        }
      }
    }
    return new VisitNotes(text, tests, bookmarks, irls);
  }

  /** Replaces the bookmarks and clinician's IRLS totals of a patient with those of the notes. */
  static void replaceAdditions(Connection c, long patientId, VisitNotes notes) throws SQLException {
    Sql.update(c, "DELETE FROM bookmark WHERE patient_id = ?", patientId);
    Sql.update(c, "DELETE FROM irls_total WHERE patient_id = ?", patientId);
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO bookmark (patient_id, seq, night, note) VALUES (?, ?, ?, ?)")) {
      int seq = 0;
      for (Bookmark b : notes.bookmarks()) {
        st.setLong(1, patientId);
        st.setInt(2, seq++);
        st.setString(3, b.night().toString());
        st.setString(4, b.note());
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO irls_total (patient_id, seq, taken_on, total) VALUES (?, ?, ?, ?)")) {
      int seq = 0;
      for (IrlsScore s : notes.irlsTotals()) {
        st.setLong(1, patientId);
        st.setInt(2, seq++);
        st.setString(3, s.date().toString());
        st.setInt(4, s.total());
        st.addBatch();
      }
      st.executeBatch();
    }
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
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setLong(1, patientId);
      if (expected.isPresent()) {
        st.setLong(2, expected.getAsLong());
      }
      if (st.executeUpdate() == 0) {
        long now = Sql.count(c, "SELECT review_version FROM patient WHERE id = ?", patientId);
        boolean notesChanged = Sql.count(c, "SELECT COUNT(*) FROM visit_notes WHERE patient_id = ? AND review_version > "
            + expected.getAsLong(), patientId) > 0;
        throw new ReviewConflictException(decisions(c, patientId, expected.getAsLong()), notesChanged, now);
      }
    }
    return Sql.count(c, "SELECT review_version FROM patient WHERE id = ?", patientId);
  }
}
