package org.rlsviewer.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.MergedNight;
import org.rlsviewer.domain.RejectedRow;

/** Reads and writes {@code diary_import} and the import report's rows; gzips the original file. */
final class ImportRows {

  private ImportRows() {}

  static Optional<Long> importIdBySha(Connection c, String sha) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT id FROM diary_import WHERE sha256 = ?")) {
      st.setString(1, sha);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  static long insertImport(Connection c, long patientId, ImportRequest request, String sha, ImportReport report,
      int added, int changed, int unchanged, Instant now) throws SQLException {
    long importId;
    Diary diary = request.imported().diary();
    try (PreparedStatement st = c.prepareStatement("INSERT INTO diary_import (patient_id, file_name, file_size,"
        + " sha256, file_format, imported_at, imported_by, data_rows, imported_rows, rejected_rows,"
        + " nights_added, nights_changed, nights_unchanged, metadata, extra_columns, original_gzip)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      st.setLong(1, patientId);
      st.setString(2, request.fileName());
      st.setLong(3, request.bytes().length);
      st.setString(4, sha);
      st.setString(5, report.format());
      st.setString(6, now.toString());
      st.setString(7, request.user());
      st.setInt(8, report.dataRows());
      st.setInt(9, report.imported());
      st.setInt(10, report.rejected().size());
      st.setInt(11, added);
      st.setInt(12, changed);
      st.setInt(13, unchanged);
      st.setString(14, TextCodec.encodeMap(diary.metadata()));
      st.setString(15, TextCodec.encodeList(diary.extraColumns()));
      st.setBytes(16, gzip(request.bytes()));
      importId = Sql.returnedId(st);
    }
    try (PreparedStatement st = c.prepareStatement("INSERT INTO import_rejected_row (import_id, seq,"
        + " line_number, reason, raw_text) VALUES (?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (RejectedRow r : report.rejected()) {
        st.setLong(1, importId);
        st.setInt(2, seq++);
        st.setInt(3, r.line());
        st.setString(4, r.reason());
        st.setString(5, r.rawText());
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO import_merged_night (import_id, seq, night, line_numbers) VALUES (?, ?, ?, ?)")) {
      int seq = 0;
      for (MergedNight m : report.merged()) {
        st.setLong(1, importId);
        st.setInt(2, seq++);
        st.setString(3, m.night().toString());
        st.setString(4, m.lines().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO import_warning (import_id, seq, message) VALUES (?, ?, ?)")) {
      int seq = 0;
      for (String w : report.warnings()) {
        st.setLong(1, importId);
        st.setInt(2, seq++);
        st.setString(3, w);
        st.addBatch();
      }
      st.executeBatch();
    }
    return importId;
  }

  static ImportReport importReport(Connection c, long importId) throws SQLException, StoreException {
    String fileName;
    int dataRows;
    int importedRows;
    String format;
    try (PreparedStatement st = c.prepareStatement(
        "SELECT file_name, data_rows, imported_rows, file_format FROM diary_import WHERE id = ?")) {
      st.setLong(1, importId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException("No import " + importId);
        }
        fileName = rs.getString(1);
        dataRows = rs.getInt(2);
        importedRows = rs.getInt(3);
        format = rs.getString(4);
      }
    }
    List<MergedNight> merged = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT night, line_numbers"
        + " FROM import_merged_night WHERE import_id = ? ORDER BY seq")) {
      st.setLong(1, importId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          List<Integer> lines = new ArrayList<>();
          for (String n : rs.getString(2).split(",")) {
            if (!n.isEmpty()) {
              lines.add(Integer.valueOf(n));
            }
          }
          merged.add(new MergedNight(LocalDate.parse(rs.getString(1)), lines));
        }
      }
    }
    List<RejectedRow> rejected = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT line_number, reason, raw_text"
        + " FROM import_rejected_row WHERE import_id = ? ORDER BY seq")) {
      st.setLong(1, importId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          rejected.add(new RejectedRow(rs.getInt(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(
        "SELECT message FROM import_warning WHERE import_id = ? ORDER BY seq")) {
      st.setLong(1, importId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          warnings.add(rs.getString(1));
        }
      }
    }
    return new ImportReport(fileName, dataRows, importedRows, rejected, warnings, format, merged);
  }

  static List<StoredImport> imports(Connection c, long patientId) throws SQLException {
    List<StoredImport> list = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT * FROM diary_import WHERE patient_id = ? ORDER BY id")) {
      st.setLong(1, patientId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          list.add(storedImport(rs));
        }
      }
    }
    return list;
  }

  static StoredImport storedImport(ResultSet rs) throws SQLException {
    return new StoredImport(rs.getLong("id"), rs.getString("file_name"), rs.getLong("file_size"),
        rs.getString("sha256"), rs.getString("file_format"), Instant.parse(rs.getString("imported_at")),
        rs.getString("imported_by"), rs.getInt("data_rows"), rs.getInt("imported_rows"),
        rs.getInt("rejected_rows"), rs.getInt("nights_added"), rs.getInt("nights_changed"),
        rs.getInt("nights_unchanged"));
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gunzip(byte[] bytes) throws StoreException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new StoreException("The kept file is damaged: " + e.getMessage(), e);
    }
  }
}
