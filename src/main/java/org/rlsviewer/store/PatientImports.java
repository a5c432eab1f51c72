package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.Patient;

/** One import inside its transaction: the identity check, the merge by night, the flags and the audit entry. */
final class PatientImports {

  /** What the transaction did: an outcome, or a refused identity conflict (only its audit entry kept). */
  record Result(ImportOutcome outcome, IdentityConflictException conflict) {}

  private final Connection c;
  private final Clock clock;

  PatientImports(Connection c, Clock clock) {
    this.c = c;
    this.clock = clock;
  }

  Result record(ImportRequest request, Function<Diary, List<Flag>> flagsOf) throws SQLException, StoreException {
    String sha = TextCodec.sha256(request.bytes());
    Optional<Long> earlier = ImportRows.importIdBySha(c, sha);
    if (earlier.isPresent()) {
      addLabsToEarlierImport(request, earlier.get(), flagsOf);
      return new Result(ImportOutcome.duplicateOf(earlier.get()), null);
    }
    Diary diary = request.imported().diary();
    Optional<PatientRows.PatientRow> keptRow = PatientRows.patientRow(c, request.patientKey());
    boolean conflict = keptRow.isPresent() && IdentityConflictException.differ(keptRow.get().patient(), diary.patient());
    if (conflict && request.identity() != IdentityResolution.SAME_PATIENT) {
      AuditRows.insert(c, AuditAction.IDENTITY_CONFLICT, request.user(), OptionalLong.of(keptRow.get().id()),
          "import refused: the file names this patient id with another name or birth date"
              + (request.identity() == IdentityResolution.NEW_PATIENT ? " (the new id chosen is kept too)" : ""),
          clock.instant());
      return new Result(null, new IdentityConflictException(keptRow.get().patient(), diary.patient()));
    }
    long patientId = PatientRows.upsertPatient(c, request.patientKey(), diary.patient(), clock.instant());
    ImportOutcome outcome = merge(request, diary, patientId, sha, flagsOf);
    if (conflict) {
      AuditRows.insert(c, AuditAction.IDENTITY_CONFLICT, request.user(), OptionalLong.of(patientId),
          "same patient confirmed by the user: name and birth date updated from import " + outcome.importId(),
          clock.instant());
    } else if (request.identity() == IdentityResolution.NEW_PATIENT) {
      AuditRows.insert(c, AuditAction.IDENTITY_CONFLICT, request.user(), OptionalLong.of(patientId),
          "different patient confirmed by the user: kept under a new id from import " + outcome.importId(),
          clock.instant());
    }
    return new Result(outcome, null);
  }

  private ImportOutcome merge(ImportRequest request, Diary diary, long patientId, String sha,
      Function<Diary, List<Flag>> flagsOf) throws SQLException, StoreException {
    Map<LocalDate, NightRows.CurrentNight> current = NightRows.currentNights(c, patientId);

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
      NightRows.CurrentNight before = current.get(e.date());
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
    long importId = ImportRows.insertImport(c, patientId, request, sha, report, added, changed, unchanged,
        clock.instant());
    for (LocalDate night : toRetire) {
      NightRows.retireNight(c, patientId, night);
    }
    NightRows.insertNights(c, patientId, importId, toWrite);
    DeviceRows.insert(c, patientId, importId, diary.deviceNights());
    if (diary.entries().isEmpty() && !diary.deviceNights().isEmpty()) {
      Sql.update(c, "UPDATE diary_import SET device_source = ? WHERE id = ?",
          String.join(", ", diary.deviceSources()), importId);
    }
    LabRows.addNew(c, patientId, importId, request.labs(), request.labsFile());

    Patient kept = PatientRows.patientRow(c, request.patientKey()).orElseThrow().patient();
    Diary merged = new Diary(kept, diary.metadata(), NightRows.currentEntries(c, patientId), diary.extraColumns(),
        DeviceRows.current(c, patientId));
    int[] flagChanges = FlagRows.replace(c, patientId, importId, flagsOf.apply(merged));
    AuditRows.insert(c, AuditAction.IMPORT, request.user(), OptionalLong.of(patientId),
        "import " + importId + ": nights added " + added + ", changed " + changed
            + ", unchanged " + unchanged + "; rows rejected " + report.rejected().size()
            + "; flags raised " + flagChanges[0] + ", retired " + flagChanges[1],
        clock.instant());
    return new ImportOutcome(importId, false, added, changed, unchanged, flagChanges[0], flagChanges[1]);
  }

  /**
   * A diary file imported before may come back with new lab results beside it: they are kept under
   * the earlier import, and the flags are raised again with them.
   */
  private void addLabsToEarlierImport(ImportRequest request, long importId, Function<Diary, List<Flag>> flagsOf)
      throws SQLException, StoreException {
    Optional<PatientRows.PatientRow> row = PatientRows.patientRow(c, request.patientKey());
    if (row.isEmpty() || request.labs().isEmpty()) {
      return;
    }
    long patientId = row.get().id();
    if (LabRows.addNew(c, patientId, importId, request.labs(), request.labsFile()) > 0) {
      Diary diary = request.imported().diary();
      Diary merged = new Diary(row.get().patient(), diary.metadata(), NightRows.currentEntries(c, patientId),
          diary.extraColumns(), DeviceRows.current(c, patientId));
      FlagRows.replace(c, patientId, importId, flagsOf.apply(merged));
    }
  }
}
