package org.rlsviewer.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
    return Sql.first(c, "SELECT id FROM diary_import WHERE sha256 = ?", rs -> rs.getLong(1), sha);
  }

  static long insertImport(Connection c, long patientId, ImportRequest request, String sha, ImportReport report,
      int added, int changed, int unchanged, Instant now) throws SQLException {
    Diary diary = request.imported().diary();
    long importId = Sql.insertReturningId(c, "INSERT INTO diary_import (patient_id, file_name, file_size,"
        + " sha256, file_format, imported_at, imported_by, data_rows, imported_rows, rejected_rows,"
        + " nights_added, nights_changed, nights_unchanged, metadata, extra_columns, original_gzip)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        patientId, request.fileName(), (long) request.bytes().length, sha, report.format(), now.toString(),
        request.user(), report.dataRows(), report.imported(), report.rejected().size(), added, changed, unchanged,
        TextCodec.encodeMap(diary.metadata()), TextCodec.encodeList(diary.extraColumns()), gzip(request.bytes()));
    Sql.insertNumbered(c, "INSERT INTO import_rejected_row (import_id, seq, line_number, reason, raw_text)"
        + " VALUES (?, ?, ?, ?, ?)", importId, report.rejected(),
        r -> new Object[] {r.line(), r.reason(), r.rawText()});
    Sql.insertNumbered(c, "INSERT INTO import_merged_night (import_id, seq, night, line_numbers)"
        + " VALUES (?, ?, ?, ?)", importId, report.merged(),
        m -> new Object[] {m.night().toString(), m.lines().stream().map(String::valueOf).collect(Collectors.joining(","))});
    Sql.insertNumbered(c, "INSERT INTO import_warning (import_id, seq, message) VALUES (?, ?, ?)", importId,
        report.warnings(), w -> new Object[] {w});
    return importId;
  }

  static ImportReport importReport(Connection c, long importId) throws SQLException, StoreException {
    record Head(String fileName, int dataRows, int importedRows, String format) {}
    Head head = Sql.first(c, "SELECT file_name, data_rows, imported_rows, file_format FROM diary_import WHERE id = ?",
        rs -> new Head(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)), importId)
        .orElseThrow(() -> new StoreException("No import " + importId));
    List<MergedNight> merged = Sql.list(c, "SELECT night, line_numbers FROM import_merged_night"
        + " WHERE import_id = ? ORDER BY seq", rs -> new MergedNight(LocalDate.parse(rs.getString(1)),
        lineNumbers(rs.getString(2))), importId);
    List<RejectedRow> rejected = Sql.list(c, "SELECT line_number, reason, raw_text FROM import_rejected_row"
        + " WHERE import_id = ? ORDER BY seq", rs -> new RejectedRow(rs.getInt(1), rs.getString(2), rs.getString(3)),
        importId);
    List<String> warnings = Sql.list(c, "SELECT message FROM import_warning WHERE import_id = ? ORDER BY seq",
        rs -> rs.getString(1), importId);
    return new ImportReport(head.fileName(), head.dataRows(), head.importedRows(), rejected, warnings, head.format(),
        merged);
  }

  private static List<Integer> lineNumbers(String joined) {
    List<Integer> lines = new ArrayList<>();
    for (String n : joined.split(",")) {
      if (!n.isEmpty()) {
        lines.add(Integer.valueOf(n));
      }
    }
    return lines;
  }

  static List<StoredImport> imports(Connection c, long patientId) throws SQLException {
    return Sql.list(c, "SELECT * FROM diary_import WHERE patient_id = ? ORDER BY id", ImportRows::storedImport,
        patientId);
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
