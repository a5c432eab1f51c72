package org.rlsviewer.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.MergedNight;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitNotes;

/**
 * Keeps patients, their diary imports (with the original files), nights with their history, flags,
 * review decisions, visit notes and an append-only audit trail, in SQLite or PostgreSQL. Every
 * import and every review change is one transaction. Nothing touches the database until the first
 * call, which creates and migrates it. Thread-safe; blocking, so never call it on the Event
 * Dispatch Thread.
 */
public final class PatientStore {

  private final Database db;
  private final Clock clock;

  private PatientStore(DatabaseSettings settings, Clock clock) {
    this.db = new Database(settings);
    this.clock = clock;
  }

  /** A store on the given database; cheap: the database is created and migrated on first use. */
  public static PatientStore open(DatabaseSettings settings, Clock clock) {
    return new PatientStore(settings, clock);
  }

  public DatabaseSettings settings() {
    return db.settings();
  }

  /** Creates or migrates the database now, e.g. from a background task at start-up. */
  public void prepare() throws StoreException {
    db.ensureReady();
  }

  /** The schema version the database is at after migration, e.g. "2". */
  public String schemaVersion() throws StoreException {
    db.ensureReady();
    try {
      return Migrations.currentVersion(db.settings());
    } catch (RuntimeException e) {
      throw new StoreException("Could not read the schema version: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------------------------- imports

  /**
   * Keeps an import and merges its nights into the patient's record, in one transaction: new nights
   * are added, a night whose content changed gets a new current version (the earlier one stays in
   * its history), unchanged nights are left alone. {@code flagsOf} is then run on the merged diary
   * and the current flags are replaced by its answer; a flag whose {@link Flag#key()} was already
   * raised keeps its row, so decisions on it stay attached. A file whose bytes were imported before
   * changes nothing and is reported as a duplicate.
   */
  public ImportOutcome recordImport(ImportRequest request, Function<Diary, List<Flag>> flagsOf)
      throws StoreException {
    String sha = TextCodec.sha256(request.bytes());
    return db.inTransaction(c -> {
      Optional<Long> earlier = importIdBySha(c, sha);
      if (earlier.isPresent()) {
        return ImportOutcome.duplicateOf(earlier.get());
      }
      Diary diary = request.imported().diary();
      long patientId = upsertPatient(c, request.patientKey(), diary.patient());
      Map<LocalDate, CurrentNight> current = currentNights(c, patientId);

      // The importer rejects a repeated night, so a diary holds one row per night; should one
      // arrive twice anyway, the later row wins.
      Map<LocalDate, DiaryEntry> incoming = new LinkedHashMap<>();
      diary.entries().forEach(e -> incoming.put(e.date(), e));
      List<DiaryEntry> toWrite = new ArrayList<>();
      List<LocalDate> toRetire = new ArrayList<>();
      int added = 0;
      int changed = 0;
      int unchanged = 0;
      for (DiaryEntry e : incoming.values()) {
        CurrentNight before = current.get(e.date());
        if (before == null) {
          added++;
          toWrite.add(e);
        } else if (before.fingerprint().equals(EntryRows.fingerprint(e))) {
          unchanged++;
        } else {
          changed++;
          toRetire.add(e.date());
          toWrite.add(e);
        }
      }

      ImportReport report = request.imported().report();
      long importId = insertImport(c, patientId, request, sha, report, added, changed, unchanged);
      for (LocalDate night : toRetire) {
        retireNight(c, patientId, night);
      }
      insertNights(c, patientId, importId, toWrite);

      Patient kept = patientRow(c, request.patientKey()).orElseThrow().patient();
      Diary merged = new Diary(kept, diary.metadata(), currentEntries(c, patientId), diary.extraColumns());
      int[] flagChanges = replaceFlags(c, patientId, importId, flagsOf.apply(merged));
      audit(c, AuditAction.IMPORT, request.user(), OptionalLong.of(patientId),
          "import " + importId + ": nights added " + added + ", changed " + changed
              + ", unchanged " + unchanged + "; rows rejected " + report.rejected().size()
              + "; flags raised " + flagChanges[0] + ", retired " + flagChanges[1]);
      return new ImportOutcome(importId, false, added, changed, unchanged,
          flagChanges[0], flagChanges[1]);
    });
  }

  /** The earlier import of a file with these bytes, if any. */
  public Optional<StoredImport> findImport(byte[] bytes) throws StoreException {
    String sha = TextCodec.sha256(bytes);
    return db.read(c -> {
      try (PreparedStatement st = c.prepareStatement("SELECT * FROM diary_import WHERE sha256 = ?")) {
        st.setString(1, sha);
        try (ResultSet rs = st.executeQuery()) {
          return rs.next() ? Optional.of(storedImport(rs)) : Optional.<StoredImport>empty();
        }
      }
    });
  }

  /** The file of an import exactly as it was received. */
  public byte[] originalFile(long importId) throws StoreException {
    byte[] gz = db.read(c -> {
      try (PreparedStatement st = c.prepareStatement("SELECT original_gzip FROM diary_import WHERE id = ?")) {
        st.setLong(1, importId);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            throw new StoreException("No import " + importId);
          }
          return rs.getBytes(1);
        }
      }
    });
    return gunzip(gz);
  }

  /** The import report of an import, as it was when the file was read. */
  public ImportReport importReport(long importId) throws StoreException {
    return db.read(c -> importReport(c, importId));
  }

  /** Every version of one night of a patient, oldest first; the last one is current. */
  public List<NightVersion> nightHistory(String patientKey, LocalDate night) throws StoreException {
    return db.read(c -> {
      long patientId = requirePatient(c, patientKey);
      String sql = "SELECT e.*, i.imported_at FROM night_entry e JOIN diary_import i ON i.id = e.import_id"
          + " WHERE e.patient_id = ? AND e.night = ? ORDER BY e.id";
      try (PreparedStatement st = c.prepareStatement(sql)) {
        st.setLong(1, patientId);
        st.setString(2, night.toString());
        List<NightVersion> versions = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            versions.add(new NightVersion(rs.getLong("import_id"), Instant.parse(rs.getString("imported_at")),
                rs.getBoolean("is_current"), EntryRows.read(rs)));
          }
        }
        return versions;
      }
    });
  }

  // --------------------------------------------------------------------------------- patients

  /** Every kept patient with their open-flag count and last night, by name then key. */
  public List<PatientSummary> patients() throws StoreException {
    String sql = "SELECT p.*,"
        + " (SELECT MAX(e.night) FROM night_entry e WHERE e.patient_id = p.id AND e.is_current = ?) AS last_night,"
        + " (SELECT COUNT(*) FROM diary_import i WHERE i.patient_id = p.id) AS import_count,"
        + " (SELECT COUNT(*) FROM flag f WHERE f.patient_id = p.id AND f.is_current = ?"
        + "   AND NOT EXISTS (SELECT 1 FROM review_decision d WHERE d.patient_id = p.id"
        + "     AND d.flag_key = f.flag_key AND d.status <> 'OPEN'"
        + "     AND d.id = (SELECT MAX(d2.id) FROM review_decision d2"
        + "                 WHERE d2.patient_id = p.id AND d2.flag_key = f.flag_key))) AS open_flags"
        + " FROM patient p ORDER BY p.name, p.patient_key";
    return db.read(c -> {
      try (PreparedStatement st = c.prepareStatement(sql)) {
        st.setBoolean(1, true);
        st.setBoolean(2, true);
        List<PatientSummary> list = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            String last = rs.getString("last_night");
            list.add(new PatientSummary(rs.getString("patient_key"), patient(rs), rs.getInt("open_flags"),
                last == null ? Optional.empty() : Optional.of(LocalDate.parse(last)), rs.getInt("import_count")));
          }
        }
        return list;
      }
    });
  }

  /** A kept patient with their merged diary, imports and current flags; empty when unknown. */
  public Optional<StoredPatient> patient(String patientKey) throws StoreException {
    return db.read(c -> {
      Optional<PatientRow> row = patientRow(c, patientKey);
      if (row.isEmpty()) {
        return Optional.<StoredPatient>empty();
      }
      long id = row.get().id();
      List<StoredImport> imports = imports(c, id);
      Map<String, String> metadata = Map.of();
      List<String> extraColumns = List.of();
      ImportReport report = new ImportReport("", 0, 0, List.of(), List.of());
      if (!imports.isEmpty()) {
        long latest = imports.get(imports.size() - 1).id();
        try (PreparedStatement st = c.prepareStatement(
            "SELECT metadata, extra_columns FROM diary_import WHERE id = ?")) {
          st.setLong(1, latest);
          try (ResultSet rs = st.executeQuery()) {
            rs.next();
            metadata = TextCodec.decodeMap(rs.getString("metadata"));
            extraColumns = TextCodec.decodeList(rs.getString("extra_columns"));
          }
        }
        report = importReport(c, latest);
      }
      Diary merged = new Diary(row.get().patient(), metadata, currentEntries(c, id), extraColumns);
      return Optional.of(new StoredPatient(patientKey, row.get().reviewVersion(),
          new ImportResult(merged, report), imports, FlagRows.current(c, id)));
    });
  }

  /** Whether the patient is kept. */
  public boolean contains(String patientKey) throws StoreException {
    return db.read(c -> patientRow(c, patientKey).isPresent());
  }

  /** The imports of a patient, oldest first. */
  public List<StoredImport> imports(String patientKey) throws StoreException {
    return db.read(c -> imports(c, requirePatient(c, patientKey)));
  }

  /**
   * Removes every row of the patient (imports and their files, nights, flags, decisions, notes) in
   * one transaction and records the deletion, with counts, in the audit trail. Empty when unknown.
   */
  public Optional<DeletedPatient> deletePatient(String patientKey, String user) throws StoreException {
    return db.inTransaction(c -> {
      Optional<PatientRow> row = patientRow(c, patientKey);
      if (row.isEmpty()) {
        return Optional.<DeletedPatient>empty();
      }
      long id = row.get().id();
      int imports = count(c, "SELECT COUNT(*) FROM diary_import WHERE patient_id = ?", id);
      int nights = count(c, "SELECT COUNT(*) FROM night_entry WHERE patient_id = ?", id);
      int decisions = count(c, "SELECT COUNT(*) FROM review_decision WHERE patient_id = ?", id);
      String byImport = " WHERE import_id IN (SELECT id FROM diary_import WHERE patient_id = ?)";
      for (String sql : List.of(
          "DELETE FROM flag WHERE patient_id = ?",
          "DELETE FROM review_decision WHERE patient_id = ?",
          "DELETE FROM ticked_test WHERE patient_id = ?",
          "DELETE FROM visit_notes WHERE patient_id = ?",
          "DELETE FROM night_entry WHERE patient_id = ?",
          "DELETE FROM import_rejected_row" + byImport,
          "DELETE FROM import_warning" + byImport,
          "DELETE FROM import_merged_night" + byImport,
          "DELETE FROM diary_import WHERE patient_id = ?",
          "DELETE FROM patient WHERE id = ?")) {
        update(c, sql, id);
      }
      audit(c, AuditAction.DELETE, user, OptionalLong.of(id), "patient deleted: " + imports
          + " import(s), " + nights + " night version(s), " + decisions + " decision(s) removed");
      return Optional.of(new DeletedPatient(id, imports, nights, decisions));
    });
  }

  // ---------------------------------------------------------------------------------- reviews

  /** The latest decision per flag key and the visit notes of a patient; empty when unknown. */
  public Review reviewOf(String patientKey) throws StoreException {
    return db.read(c -> {
      Optional<PatientRow> row = patientRow(c, patientKey);
      if (row.isEmpty()) {
        return Review.empty();
      }
      Map<String, ReviewDecision> latest = new LinkedHashMap<>();
      for (ReviewDecision d : decisions(c, row.get().id(), -1)) {
        latest.put(d.flagKey(), d);
      }
      return new Review(latest, notes(c, row.get().id()));
    });
  }

  /** A number raised by every review change of the patient; 0 before the first. */
  public long reviewVersion(String patientKey) throws StoreException {
    return db.read(c -> requirePatientRow(c, patientKey).reviewVersion());
  }

  /** Every decision on the patient's flags, oldest first. */
  public List<ReviewDecision> decisionHistory(String patientKey) throws StoreException {
    return db.read(c -> decisions(c, requirePatient(c, patientKey), -1));
  }

  /**
   * Appends a decision and its audit entry in one transaction. With an {@code expectedVersion}
   * (from {@link #reviewVersion} or {@link StoredPatient#reviewVersion()}), the save is refused
   * with a {@link ReviewConflictException} when someone else changed the review since.
   *
   * @return the review version after this change
   */
  public long recordDecision(String patientKey, ReviewDecision decision, String user,
      OptionalLong expectedVersion) throws StoreException {
    return db.inTransaction(c -> {
      long patientId = requirePatient(c, patientKey);
      long version = bumpReviewVersion(c, patientId, expectedVersion);
      try (PreparedStatement st = c.prepareStatement("INSERT INTO review_decision (patient_id, flag_key,"
          + " status, reason, review_comment, reviewer, decided_at, recorded_by, review_version)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        st.setLong(1, patientId);
        st.setString(2, decision.flagKey());
        st.setString(3, decision.status().name());
        st.setString(4, decision.reason());
        st.setString(5, decision.comment());
        st.setString(6, decision.reviewer());
        st.setString(7, decision.decidedAt().toString());
        st.setString(8, user);
        st.setLong(9, version);
        st.executeUpdate();
      }
      audit(c, AuditAction.REVIEW_CHANGE, user, OptionalLong.of(patientId),
          "decision " + decision.status().label() + " (review version " + version + ")");
      return version;
    });
  }

  /**
   * Replaces the visit notes and ticked tests, with its audit entry, in one transaction; refused
   * like {@link #recordDecision} when {@code expectedVersion} is given and out of date.
   *
   * @return the review version after this change
   */
  public long saveNotes(String patientKey, VisitNotes notes, String user, OptionalLong expectedVersion)
      throws StoreException {
    return db.inTransaction(c -> {
      long patientId = requirePatient(c, patientKey);
      long version = bumpReviewVersion(c, patientId, expectedVersion);
      update(c, "DELETE FROM ticked_test WHERE patient_id = ?", patientId);
      update(c, "DELETE FROM visit_notes WHERE patient_id = ?", patientId);
      try (PreparedStatement st = c.prepareStatement("INSERT INTO visit_notes (patient_id, notes,"
          + " updated_at, updated_by, review_version) VALUES (?, ?, ?, ?, ?)")) {
        st.setLong(1, patientId);
        st.setString(2, notes.notes());
        st.setString(3, clock.instant().toString());
        st.setString(4, user);
        st.setLong(5, version);
        st.executeUpdate();
      }
      try (PreparedStatement st = c.prepareStatement(
          "INSERT INTO ticked_test (patient_id, seq, test_id) VALUES (?, ?, ?)")) {
        int seq = 0;
        for (String test : notes.tickedTests()) {
          st.setLong(1, patientId);
          st.setInt(2, seq++);
          st.setString(3, test);
          st.addBatch();
        }
        st.executeBatch();
      }
      audit(c, AuditAction.NOTES_CHANGE, user, OptionalLong.of(patientId),
          "visit notes saved, " + notes.tickedTests().size() + " test(s) ticked (review version " + version + ")");
      return version;
    });
  }

  // ------------------------------------------------------------------------------------ audit

  /**
   * Appends an audit entry (open, PDF export, print...) for a patient, or for no patient when the
   * key is empty. {@code detail} must not hold patient data.
   */
  public void audit(String patientKey, AuditAction action, String user, String detail) throws StoreException {
    db.inTransaction(c -> {
      OptionalLong ref = OptionalLong.empty();
      if (!patientKey.isEmpty()) {
        ref = OptionalLong.of(requirePatient(c, patientKey));
      }
      audit(c, action, user, ref, detail);
      return null;
    });
  }

  /** The whole audit trail, oldest first. */
  public List<AuditEvent> auditTrail() throws StoreException {
    return db.read(c -> auditEvents(c, "SELECT * FROM audit_event ORDER BY id", OptionalLong.empty()));
  }

  /** The audit trail of one kept patient, oldest first. */
  public List<AuditEvent> auditTrail(String patientKey) throws StoreException {
    return db.read(c -> auditEvents(c, "SELECT * FROM audit_event WHERE patient_ref = ? ORDER BY id",
        OptionalLong.of(requirePatient(c, patientKey))));
  }

  // ---------------------------------------------------------------------------------- helpers

  private record PatientRow(long id, Patient patient, long reviewVersion) {}

  private record CurrentNight(long id, String fingerprint) {}

  private static Optional<Long> importIdBySha(Connection c, String sha) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT id FROM diary_import WHERE sha256 = ?")) {
      st.setString(1, sha);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private long upsertPatient(Connection c, String key, Patient p) throws SQLException {
    Optional<PatientRow> existing = patientRow(c, key);
    if (existing.isEmpty()) {
      try (PreparedStatement st = c.prepareStatement("INSERT INTO patient (patient_key, external_id, name,"
          + " birth_date, sex, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
        st.setString(1, key);
        st.setString(2, p.id());
        st.setString(3, p.name());
        st.setString(4, p.birthDate().map(LocalDate::toString).orElse(null));
        st.setString(5, p.sex());
        st.setString(6, clock.instant().toString());
        return returnedId(st);
      }
    }
    // A later export may add details the earlier one lacked; it never blanks known ones.
    Patient before = existing.get().patient();
    try (PreparedStatement st = c.prepareStatement(
        "UPDATE patient SET external_id = ?, name = ?, birth_date = ?, sex = ? WHERE id = ?")) {
      st.setString(1, p.id().isEmpty() ? before.id() : p.id());
      st.setString(2, p.name().isEmpty() ? before.name() : p.name());
      st.setString(3, p.birthDate().or(before::birthDate).map(LocalDate::toString).orElse(null));
      st.setString(4, p.sex().isEmpty() ? before.sex() : p.sex());
      st.setLong(5, existing.get().id());
      st.executeUpdate();
    }
    return existing.get().id();
  }

  private static Optional<PatientRow> patientRow(Connection c, String key) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT * FROM patient WHERE patient_key = ?")) {
      st.setString(1, key);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Optional.of(new PatientRow(rs.getLong("id"), patient(rs), rs.getLong("review_version")))
            : Optional.empty();
      }
    }
  }

  private static PatientRow requirePatientRow(Connection c, String key) throws SQLException, StoreException {
    return patientRow(c, key).orElseThrow(() -> new StoreException("This patient is not kept in the database"));
  }

  private static long requirePatient(Connection c, String key) throws SQLException, StoreException {
    return requirePatientRow(c, key).id();
  }

  private static Patient patient(ResultSet rs) throws SQLException {
    String birth = rs.getString("birth_date");
    return new Patient(rs.getString("external_id"), rs.getString("name"),
        birth == null ? Optional.empty() : Optional.of(LocalDate.parse(birth)), rs.getString("sex"));
  }

  private static Map<LocalDate, CurrentNight> currentNights(Connection c, long patientId) throws SQLException {
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

  private static List<DiaryEntry> currentEntries(Connection c, long patientId) throws SQLException {
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

  private static void retireNight(Connection c, long patientId, LocalDate night) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "UPDATE night_entry SET is_current = ? WHERE patient_id = ? AND night = ? AND is_current = ?")) {
      st.setBoolean(1, false);
      st.setLong(2, patientId);
      st.setString(3, night.toString());
      st.setBoolean(4, true);
      st.executeUpdate();
    }
  }

  private static void insertNights(Connection c, long patientId, long importId, List<DiaryEntry> nights)
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

  private long insertImport(Connection c, long patientId, ImportRequest request, String sha, ImportReport report,
      int added, int changed, int unchanged) throws SQLException {
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
      st.setString(6, clock.instant().toString());
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
      importId = returnedId(st);
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

  /**
   * Makes the given flags the current ones. Returns {raised, retired}. A flag whose key was raised
   * before stays the same flag (its decisions apply); if its wording or evidence offsets moved, the
   * row is renewed so the window highlights the words where they now are.
   */
  private static int[] replaceFlags(Connection c, long patientId, long importId, List<Flag> flags)
      throws SQLException {
    Map<String, Flag> before = new LinkedHashMap<>();
    for (Flag f : FlagRows.current(c, patientId)) {
      before.put(f.key(), f);
    }
    Map<String, Flag> after = new LinkedHashMap<>();
    flags.forEach(f -> after.putIfAbsent(f.key(), f));
    int raised = 0;
    for (Flag f : after.values()) {
      Flag earlier = before.get(f.key());
      if (earlier == null) {
        FlagRows.insert(c, patientId, importId, f);
        raised++;
      } else if (!earlier.equals(f)) {
        FlagRows.retire(c, patientId, f.key());
        FlagRows.insert(c, patientId, importId, f);
      }
    }
    Set<String> retired = new LinkedHashSet<>(before.keySet());
    retired.removeAll(after.keySet());
    for (String key : retired) {
      FlagRows.retire(c, patientId, key);
    }
    return new int[] {raised, retired.size()};
  }

  private static ImportReport importReport(Connection c, long importId) throws SQLException, StoreException {
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

  private static List<StoredImport> imports(Connection c, long patientId) throws SQLException {
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

  private static StoredImport storedImport(ResultSet rs) throws SQLException {
    return new StoredImport(rs.getLong("id"), rs.getString("file_name"), rs.getLong("file_size"),
        rs.getString("sha256"), rs.getString("file_format"), Instant.parse(rs.getString("imported_at")),
        rs.getString("imported_by"), rs.getInt("data_rows"), rs.getInt("imported_rows"),
        rs.getInt("rejected_rows"), rs.getInt("nights_added"), rs.getInt("nights_changed"),
        rs.getInt("nights_unchanged"));
  }

  private static List<ReviewDecision> decisions(Connection c, long patientId, long afterVersion) throws SQLException {
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

  private static VisitNotes notes(Connection c, long patientId) throws SQLException {
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
    return new VisitNotes(text, tests);
  }

  /**
   * Raises the patient's review version; with an expected version, only if it is still current.
   * The conditional update is the optimistic lock: of two clinicians saving on the same version,
   * the second finds no row to update.
   */
  private static long bumpReviewVersion(Connection c, long patientId, OptionalLong expected)
      throws SQLException, StoreException {
    String sql = "UPDATE patient SET review_version = review_version + 1 WHERE id = ?"
        + (expected.isPresent() ? " AND review_version = ?" : "");
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setLong(1, patientId);
      if (expected.isPresent()) {
        st.setLong(2, expected.getAsLong());
      }
      if (st.executeUpdate() == 0) {
        long now = count(c, "SELECT review_version FROM patient WHERE id = ?", patientId);
        boolean notesChanged = count(c, "SELECT COUNT(*) FROM visit_notes WHERE patient_id = ? AND review_version > "
            + expected.getAsLong(), patientId) > 0;
        throw new ReviewConflictException(decisions(c, patientId, expected.getAsLong()), notesChanged, now);
      }
    }
    return count(c, "SELECT review_version FROM patient WHERE id = ?", patientId);
  }

  private void audit(Connection c, AuditAction action, String user, OptionalLong patientRef, String detail)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action,"
        + " patient_ref, detail) VALUES (?, ?, ?, ?, ?)")) {
      st.setString(1, clock.instant().toString());
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

  private static List<AuditEvent> auditEvents(Connection c, String sql, OptionalLong patientRef) throws SQLException {
    List<AuditEvent> list = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      if (patientRef.isPresent()) {
        st.setLong(1, patientRef.getAsLong());
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          long ref = rs.getLong("patient_ref");
          OptionalLong patient = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(ref);
          list.add(new AuditEvent(rs.getLong("id"), Instant.parse(rs.getString("occurred_at")),
              rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), patient, rs.getString("detail")));
        }
      }
    }
    return list;
  }

  private static long returnedId(PreparedStatement st) throws SQLException {
    try (ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int count(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setLong(1, id);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static void update(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setLong(1, id);
      st.executeUpdate();
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] bytes) throws StoreException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new StoreException("The kept file is damaged: " + e.getMessage(), e);
    }
  }
}
