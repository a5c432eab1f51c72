package org.rlsviewer.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.importer.AmbiguousDayMonthOrderException;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.NotADiaryException;
import org.rlsviewer.store.AuditEvent;

/**
 * Where the window opens diaries and keeps reviews: for this session only, or in the patient
 * database, which keeps every import and review between sessions. Blocking; the window calls it
 * off the Event Dispatch Thread.
 */
public interface DiaryLibrary {

  /** A diary opened from a file, under the key its review is kept by; {@code remark} may be empty. */
  record Opening(String patientKey, OpenedDiary opened, String remark) {}

  Opening open(Path file, ImportOptions options, LocalTime caffeineCutoff)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException;

  /**
   * As {@link #open(Path, ImportOptions, LocalTime)}, resolving a patient id kept for another name
   * or birth date as the user chose; a library that keeps no patients has no such conflict.
   *
   * @throws PatientIdentityConflictException when asked to ask, or the new id is kept too
   */
  default Opening open(Path file, ImportOptions options, LocalTime caffeineCutoff, IdentityChoice identity)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return open(file, options, caffeineCutoff);
  }

  /** Patients kept from earlier sessions, for the patient list; none for a session-only library. */
  List<PatientSummary> keptPatients() throws IOException;

  /** A kept patient's diary, all exports merged; empty when not kept. */
  Optional<OpenedDiary> openKept(String patientKey) throws IOException;

  ReviewArchive reviews();

  /** Whether patients are kept between sessions (and so have a history and can be deleted). */
  boolean keepsPatients();

  /** The patient's audit trail, oldest first: imports, openings, review changes, exports, prints. */
  List<AuditEvent> history(String patientKey) throws IOException;

  /** Deletes every row kept of the patient, noting the deletion in the audit trail; false when not kept. */
  boolean delete(String patientKey) throws IOException;

  /**
   * Notes that the visit summary of the nights {@code firstNight} to {@code lastNight} was exported
   * or printed: the audit trail records it, and a kept patient's next visit counts changes from it.
   */
  void summaryIssued(String patientKey, boolean printed, java.time.LocalDate firstNight, java.time.LocalDate lastNight)
      throws IOException;

  /**
   * The same library analysing diaries opened from now on with another rule set (a clinic's own
   * rule file); reviews stay where they are kept.
   */
  DiaryLibrary withRules(org.rlsviewer.analysis.RuleBook rules);

  /** Opens diaries with the service and keeps reviews in the given archive for this session only. */
  static DiaryLibrary session(DiaryService service, ReviewArchive archive) {
    return new DiaryLibrary() {
      @Override
      public Opening open(Path file, ImportOptions options, LocalTime caffeineCutoff)
          throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
        OpenedDiary opened = service.open(file, options, caffeineCutoff);
        return new Opening(opened.patientKey(), opened, "");
      }

      @Override
      public List<PatientSummary> keptPatients() {
        return List.of();
      }

      @Override
      public Optional<OpenedDiary> openKept(String patientKey) {
        return Optional.empty();
      }

      @Override
      public ReviewArchive reviews() {
        return archive;
      }

      @Override
      public void summaryIssued(String patientKey, boolean printed, java.time.LocalDate firstNight,
          java.time.LocalDate lastNight) {
        // nothing is kept beyond the session
      }

      @Override
      public boolean keepsPatients() {
        return false;
      }

      @Override
      public List<AuditEvent> history(String patientKey) {
        return List.of();
      }

      @Override
      public boolean delete(String patientKey) {
        return false;
      }

      @Override
      public DiaryLibrary withRules(org.rlsviewer.analysis.RuleBook rules) {
        return session(service.withRules(rules), archive);
      }
    };
  }

  /** The patient database: every file opened is imported (merged by night) and reviews are kept. */
  static DiaryLibrary stored(PatientRecords records) {
    return new DiaryLibrary() {
      @Override
      public Opening open(Path file, ImportOptions options, LocalTime caffeineCutoff)
          throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
        return open(file, options, caffeineCutoff, IdentityChoice.ask());
      }

      @Override
      public Opening open(Path file, ImportOptions options, LocalTime caffeineCutoff, IdentityChoice identity)
          throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
        StoredOpening stored = records.importAndOpen(file, options, identity);
        return new Opening(stored.patientKey(), stored.opened(),
            stored.outcome().duplicate() ? "this file was imported before; nothing changed" : "");
      }

      @Override
      public List<PatientSummary> keptPatients() throws IOException {
        return records.patients().stream()
            .map(p -> new PatientSummary(p.patientKey(), p.patient().displayName(), p.openFlags(), p.lastNight()))
            .toList();
      }

      @Override
      public Optional<OpenedDiary> openKept(String patientKey) throws IOException {
        return records.openPatient(patientKey);
      }

      @Override
      public ReviewArchive reviews() {
        return records.reviews();
      }

      @Override
      public void summaryIssued(String patientKey, boolean printed, java.time.LocalDate firstNight,
          java.time.LocalDate lastNight) throws IOException {
        if (printed) {
          records.recordPrint(patientKey, firstNight, lastNight);
        } else {
          records.recordPdfExport(patientKey, firstNight, lastNight);
        }
      }

      @Override
      public boolean keepsPatients() {
        return true;
      }

      @Override
      public List<AuditEvent> history(String patientKey) throws IOException {
        return records.history(patientKey);
      }

      @Override
      public boolean delete(String patientKey) throws IOException {
        return records.deletePatient(patientKey).isPresent();
      }

      @Override
      public DiaryLibrary withRules(org.rlsviewer.analysis.RuleBook rules) {
        return stored(records.withRules(rules));
      }
    };
  }
}
