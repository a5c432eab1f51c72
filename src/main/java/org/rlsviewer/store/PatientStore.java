package org.rlsviewer.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.domain.figures.FigureFormat;

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
      throw db.faults().translate(e);
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
   *
   * @throws IdentityConflictException when the patient id is kept for another name or birth date
   *     and the request does not say it is the same patient: nothing is imported, the refusal is audited
   */
  public ImportOutcome recordImport(ImportRequest request, Function<Diary, List<Flag>> flagsOf)
      throws StoreException {
    PatientImports.Result result;
    try {
      result = db.inTransaction(c -> new PatientImports(c, clock).record(request, flagsOf));
    } catch (StoreException e) {
      if (!sameFileKeptMeanwhile(e)) {
        throw e;
      }
      // Another program kept the same file between our check and our insert (a server lets both
      // check at once): once more, the file is now found and reported as imported before.
      result = db.inTransaction(c -> new PatientImports(c, clock).record(request, flagsOf));
    }
    if (result.conflict() != null) {
      throw result.conflict();
    }
    return result.outcome();
  }

  private static boolean sameFileKeptMeanwhile(StoreException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).contains("sha256")) {
        return true;
      }
    }
    return false;
  }

  /** The name, id and birth date kept for a patient; empty when not kept. */
  public Optional<Patient> keptIdentity(String patientKey) throws StoreException {
    return db.read(c -> PatientRows.patientRow(c, patientKey).map(PatientRows.PatientRow::patient));
  }

  /**
   * Remembers that exports with this fingerprint belong to the kept patient (the latest answer
   * counts); nothing happens when the patient is not kept.
   */
  public void rememberFingerprint(String fingerprint, String patientKey) throws StoreException {
    db.inTransaction(c -> {
      Optional<PatientRows.PatientRow> row = PatientRows.patientRow(c, patientKey);
      if (row.isPresent()) {
        FingerprintRows.remember(c, fingerprint, row.get().id(), clock.instant());
      }
      return null;
    });
  }

  /** The key of the kept patient exports with this fingerprint were named as; empty when none. */
  public Optional<String> rememberedPatient(String fingerprint) throws StoreException {
    return db.read(c -> FingerprintRows.patientKey(c, fingerprint));
  }

  /** The lab results kept for a patient, oldest first; empty when unknown. */
  public List<org.rlsviewer.domain.LabResult> labs(String patientKey) throws StoreException {
    return db.read(c -> {
      Optional<PatientRows.PatientRow> row = PatientRows.patientRow(c, patientKey);
      return row.isEmpty() ? List.<org.rlsviewer.domain.LabResult>of() : LabRows.all(c, row.get().id());
    });
  }

  /** The earlier import of a file with these bytes, if any. */
  public Optional<StoredImport> findImport(byte[] bytes) throws StoreException {
    String sha = TextCodec.sha256(bytes);
    return db.read(c -> Sql.first(c, "SELECT * FROM diary_import WHERE sha256 = ?", ImportRows::storedImport, sha));
  }

  /** The file of an import exactly as it was received. */
  public byte[] originalFile(long importId) throws StoreException {
    byte[] gz = db.read(c -> Sql.first(c, "SELECT original_gzip FROM diary_import WHERE id = ?", rs -> rs.getBytes(1),
        importId).orElseThrow(() -> new StoreException("No import " + importId)));
    return ImportRows.gunzip(gz);
  }

  /** The import report of an import, as it was when the file was read. */
  public ImportReport importReport(long importId) throws StoreException {
    return db.read(c -> ImportRows.importReport(c, importId));
  }

  /** Every version of one night of a patient, oldest first; the last one is current. */
  public List<NightVersion> nightHistory(String patientKey, LocalDate night) throws StoreException {
    return db.read(c -> {
      long patientId = PatientRows.requirePatient(c, patientKey);
      String sql = "SELECT e.*, i.imported_at FROM night_entry e JOIN diary_import i ON i.id = e.import_id"
          + " WHERE e.patient_id = ? AND e.night = ? ORDER BY e.id";
      return Sql.list(c, sql, rs -> new NightVersion(rs.getLong("import_id"), Instant.parse(rs.getString("imported_at")),
          rs.getBoolean("is_current"), EntryRows.read(rs)), patientId, night.toString());
    });
  }

  // --------------------------------------------------------------------------------- patients

  /** The urgencies in the order of the rank the patient list's query gives them. */
  private static final List<Urgency> MOST_URGENT_RANKED =
      List.of(Urgency.URGENT, Urgency.SOON, Urgency.ROUTINE, Urgency.INFO);

  /**
   * Per patient with any, the number of current flags with no decision or whose latest decision set
   * them back to open, and the rank of the most urgent of them (one is_current parameter). Worked out
   * for all patients in one pass over the flags and decisions (the latest decision per flag is the
   * one with no later one, an anti-join on the review_decision_latest index), not once per patient:
   * at 10,000 patients the per-patient form took seconds (docs/benchmarks/clinic-database.md).
   */
  private static final String OPEN_FLAGS = "SELECT f.patient_id, COUNT(*) AS open_flags,"
      + " MIN(CASE f.urgency WHEN 'URGENT' THEN 0 WHEN 'SOON' THEN 1 WHEN 'ROUTINE' THEN 2 ELSE 3 END) AS most_urgent_open"
      + " FROM flag f LEFT JOIN (SELECT d.patient_id, d.flag_key, d.status FROM review_decision d"
      + "   WHERE NOT EXISTS (SELECT 1 FROM review_decision n"
      + "     WHERE n.patient_id = d.patient_id AND n.flag_key = d.flag_key AND n.id > d.id)) x"
      + "   ON x.patient_id = f.patient_id AND x.flag_key = f.flag_key"
      + " WHERE f.is_current = ? AND (x.status IS NULL OR x.status = 'OPEN') GROUP BY f.patient_id";

  /** Every kept patient with their open-flag count, the most urgent open flag and last night, by name then key. */
  public List<PatientListRow> patients() throws StoreException {
    String sql = "SELECT p.*,"
        + " (SELECT MAX(e.night) FROM night_entry e WHERE e.patient_id = p.id AND e.is_current = ?) AS last_night,"
        + " (SELECT COUNT(*) FROM diary_import i WHERE i.patient_id = p.id) AS import_count,"
        + " COALESCE(o.open_flags, 0) AS open_flags, o.most_urgent_open"
        + " FROM patient p LEFT JOIN (" + OPEN_FLAGS + ") o ON o.patient_id = p.id"
        + " ORDER BY p.name, p.patient_key";
    return db.read(c -> {
      return Sql.list(c, sql, rs -> {
        String last = rs.getString("last_night");
        int urgency = rs.getInt("most_urgent_open");
        Optional<Urgency> mostUrgent = rs.wasNull() ? Optional.empty() : Optional.of(MOST_URGENT_RANKED.get(urgency));
        return new PatientListRow(rs.getString("patient_key"), PatientRows.patient(rs), rs.getInt("open_flags"),
            last == null ? Optional.empty() : Optional.of(LocalDate.parse(last)), rs.getInt("import_count"),
            mostUrgent);
      }, true, true);
    });
  }

  /** A kept patient with their merged diary, imports and current flags; empty when unknown. */
  public Optional<StoredPatient> patient(String patientKey) throws StoreException {
    return db.read(c -> {
      Optional<PatientRows.PatientRow> row = PatientRows.patientRow(c, patientKey);
      if (row.isEmpty()) {
        return Optional.<StoredPatient>empty();
      }
      long id = row.get().id();
      List<StoredImport> imports = ImportRows.imports(c, id);
      Map<String, String> metadata = Map.of();
      List<String> extraColumns = List.of();
      ImportReport report = new ImportReport("", 0, 0, List.of(), List.of());
      if (!imports.isEmpty()) {
        // The diary's own latest import names its metadata and report; a tracker added beside it does not.
        long latest = Sql.first(c, "SELECT MAX(id) AS latest FROM diary_import WHERE patient_id = ? AND device_source = ''",
            rs -> rs.getLong("latest"), id).filter(n -> n > 0).orElse(imports.get(imports.size() - 1).id());
        ImportedColumns columns = Sql.first(c, "SELECT metadata, extra_columns FROM diary_import WHERE id = ?",
            rs -> new ImportedColumns(TextCodec.decodeMap(rs.getString("metadata")),
                TextCodec.decodeList(rs.getString("extra_columns"))), latest).orElseThrow();
        metadata = columns.metadata();
        extraColumns = columns.extraColumns();
        report = ImportRows.importReport(c, latest);
      }
      Diary merged = new Diary(row.get().patient(), metadata, NightRows.currentEntries(c, id), extraColumns,
          DeviceRows.current(c, id));
      return Optional.of(new StoredPatient(patientKey, row.get().reviewVersion(),
          new ImportResult(merged, report), imports, FlagRows.current(c, id)));
    });
  }

  private record ImportedColumns(Map<String, String> metadata, List<String> extraColumns) {}

  /** Whether the patient is kept. */
  public boolean contains(String patientKey) throws StoreException {
    return db.read(c -> PatientRows.patientRow(c, patientKey).isPresent());
  }

  /** For each import of the patient that added or changed nights, the first and last of them; oldest import first. */
  public List<ImportedNights> importedNights(String patientKey) throws StoreException {
    return db.read(c -> {
      long id = PatientRows.requirePatient(c, patientKey);
      return Sql.list(c, "SELECT import_id, MIN(night), MAX(night) FROM night_entry WHERE patient_id = ?"
          + " GROUP BY import_id ORDER BY import_id", rs -> new ImportedNights(rs.getLong(1),
          LocalDate.parse(rs.getString(2)), LocalDate.parse(rs.getString(3))), id);
    });
  }

  /**
   * Records a visit (the summary of the nights {@code firstNight} to {@code lastNight} exported or
   * printed) with its audit entry, in one transaction.
   */
  public void recordVisit(String patientKey, AuditAction how, LocalDate firstNight, LocalDate lastNight, String user,
      String detail) throws StoreException {
    if (how != AuditAction.PDF_EXPORT && how != AuditAction.PRINT) {
      throw new IllegalArgumentException("a visit is recorded by a PDF export or a print, not " + how);
    }
    db.inTransaction(c -> {
      long id = PatientRows.requirePatient(c, patientKey);
      Sql.update(c, "INSERT INTO visit (patient_id, visited_at, first_night, last_night, how, recorded_by)"
          + " VALUES (?, ?, ?, ?, ?, ?)", id, clock.instant().toString(), firstNight.toString(), lastNight.toString(),
          how.name(), user);
      AuditRows.insert(c, how, user, OptionalLong.of(id), detail, clock.instant());
      return null;
    });
  }

  /** The patient's recorded visits, oldest first. */
  public List<StoredVisit> visits(String patientKey) throws StoreException {
    return db.read(c -> {
      long id = PatientRows.requirePatient(c, patientKey);
      return Sql.list(c, "SELECT * FROM visit WHERE patient_id = ? ORDER BY id", rs -> new StoredVisit(
          Instant.parse(rs.getString("visited_at")), LocalDate.parse(rs.getString("first_night")),
          LocalDate.parse(rs.getString("last_night")), AuditAction.valueOf(rs.getString("how")),
          rs.getString("recorded_by")), id);
    });
  }

  /** The imports of a patient, oldest first. */
  public List<StoredImport> imports(String patientKey) throws StoreException {
    return db.read(c -> ImportRows.imports(c, PatientRows.requirePatient(c, patientKey)));
  }

  /**
   * Removes every row of the patient (imports and their files, nights, flags, decisions, notes) in
   * one transaction and records the deletion, with counts, in the audit trail. Empty when unknown.
   */
  public Optional<DeletedPatient> deletePatient(String patientKey, String user) throws StoreException {
    return db.inTransaction(c -> {
      Optional<PatientRows.PatientRow> row = PatientRows.patientRow(c, patientKey);
      if (row.isEmpty()) {
        return Optional.<DeletedPatient>empty();
      }
      long id = row.get().id();
      int imports = Sql.count(c, "SELECT COUNT(*) FROM diary_import WHERE patient_id = ?", id);
      int nights = Sql.count(c, "SELECT COUNT(*) FROM night_entry WHERE patient_id = ?", id);
      int decisions = Sql.count(c, "SELECT COUNT(*) FROM review_decision WHERE patient_id = ?", id);
      String byImport = " WHERE import_id IN (SELECT id FROM diary_import WHERE patient_id = ?)";
      FingerprintRows.forget(c, id);
      for (String sql : List.of(
          "DELETE FROM flag WHERE patient_id = ?",
          "DELETE FROM review_decision WHERE patient_id = ?",
          "DELETE FROM ticked_test WHERE patient_id = ?",
          "DELETE FROM visit_notes WHERE patient_id = ?",
          "DELETE FROM bookmark WHERE patient_id = ?",
          "DELETE FROM irls_total WHERE patient_id = ?",
          "DELETE FROM visit WHERE patient_id = ?",
          "DELETE FROM lab_result WHERE patient_id = ?",
          "DELETE FROM night_entry WHERE patient_id = ?",
          "DELETE FROM device_night WHERE patient_id = ?",
          "DELETE FROM import_rejected_row" + byImport,
          "DELETE FROM import_warning" + byImport,
          "DELETE FROM import_merged_night" + byImport,
          "DELETE FROM diary_import WHERE patient_id = ?",
          "DELETE FROM patient WHERE id = ?")) {
        Sql.update(c, sql, id);
      }
      AuditRows.insert(c, AuditAction.DELETE, user, OptionalLong.of(id), "patient deleted: "
          + FigureFormat.plural(imports, "import") + ", " + FigureFormat.plural(nights, "night version") + ", "
          + FigureFormat.plural(decisions, "decision") + " removed",
          clock.instant());
      return Optional.of(new DeletedPatient(id, imports, nights, decisions));
    });
  }

  // ---------------------------------------------------------------------------------- reviews

  /** The latest decision per flag key and the visit notes of a patient; empty when unknown. */
  public Review reviewOf(String patientKey) throws StoreException {
    return db.read(c -> {
      Optional<PatientRows.PatientRow> row = PatientRows.patientRow(c, patientKey);
      if (row.isEmpty()) {
        return Review.empty();
      }
      Map<String, ReviewDecision> latest = new LinkedHashMap<>();
      for (ReviewDecision d : ReviewRows.decisions(c, row.get().id(), -1)) {
        latest.put(d.flagKey(), d);
      }
      return new Review(latest, ReviewRows.notes(c, row.get().id()));
    });
  }

  /** A number raised by every review change of the patient; 0 before the first. */
  public long reviewVersion(String patientKey) throws StoreException {
    return db.read(c -> PatientRows.requirePatientRow(c, patientKey).reviewVersion());
  }

  /** Every decision on the patient's flags, oldest first. */
  public List<ReviewDecision> decisionHistory(String patientKey) throws StoreException {
    return db.read(c -> ReviewRows.decisions(c, PatientRows.requirePatient(c, patientKey), -1));
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
      long patientId = PatientRows.requirePatient(c, patientKey);
      long version = ReviewRows.bumpReviewVersion(c, patientId, expectedVersion);
      Sql.update(c, "INSERT INTO review_decision (patient_id, flag_key, status, reason, review_comment, reviewer,"
          + " decided_at, recorded_by, review_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", patientId,
          decision.flagKey(), decision.status().name(), decision.reason(), decision.comment(), decision.reviewer(),
          decision.decidedAt().toString(), user, version);
      AuditRows.insert(c, AuditAction.REVIEW_CHANGE, user, OptionalLong.of(patientId),
          "decision " + decision.status().label() + " (review version " + version + ")", clock.instant());
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
      long patientId = PatientRows.requirePatient(c, patientKey);
      long version = ReviewRows.bumpReviewVersion(c, patientId, expectedVersion);
      Sql.update(c, "DELETE FROM ticked_test WHERE patient_id = ?", patientId);
      Sql.update(c, "DELETE FROM visit_notes WHERE patient_id = ?", patientId);
      Sql.update(c, "INSERT INTO visit_notes (patient_id, notes, updated_at, updated_by, review_version)"
          + " VALUES (?, ?, ?, ?, ?)", patientId, notes.notes(), clock.instant().toString(), user, version);
      Sql.insertNumbered(c, "INSERT INTO ticked_test (patient_id, seq, test_id) VALUES (?, ?, ?)", patientId,
          notes.tickedTests(), test -> new Object[] {test});
      ReviewRows.replaceAdditions(c, patientId, notes);
      AuditRows.insert(c, AuditAction.NOTES_CHANGE, user, OptionalLong.of(patientId),
          "visit notes saved, " + FigureFormat.plural(notes.tickedTests().size(), "test") + " ticked, "
          + FigureFormat.plural(notes.bookmarks().size(), "bookmark") + ", "
          + FigureFormat.plural(notes.irlsTotals().size(), "IRLS total") + " (review version " + version + ")",
          clock.instant());
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
        ref = OptionalLong.of(PatientRows.requirePatient(c, patientKey));
      }
      AuditRows.insert(c, action, user, ref, detail, clock.instant());
      return null;
    });
  }

  /** The whole audit trail, oldest first. */
  public List<AuditEvent> auditTrail() throws StoreException {
    return db.read(c -> AuditRows.events(c, "SELECT * FROM audit_event ORDER BY id", OptionalLong.empty()));
  }

  /** The audit trail of one kept patient, oldest first. */
  public List<AuditEvent> auditTrail(String patientKey) throws StoreException {
    return db.read(c -> AuditRows.events(c, "SELECT * FROM audit_event WHERE patient_ref = ? ORDER BY id",
        OptionalLong.of(PatientRows.requirePatient(c, patientKey))));
  }
}
