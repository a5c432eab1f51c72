package org.rlsviewer.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Where the window opens diaries and keeps reviews: for this session only, or in the patient
 * database, which keeps every import and review between sessions. Both open with the service's
 * one pipeline and its analysis settings; the database adds the store's stage. Blocking; the
 * window calls it off the Event Dispatch Thread.
 */
public interface DiaryLibrary extends VisitLog {

  /** A diary opened from a file, under the key its review is kept by; {@code remark} may be empty. */
  record Opening(String patientKey, OpenedDiary opened, String remark) {}

  default Opening open(Path file, OpenOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return open(file, options, IdentityChoice.ask());
  }

  /**
   * Opens a diary file, resolving a patient id kept for another name or birth date as the user
   * chose; a library that keeps no patients has no such conflict. Interrupting the thread cancels
   * it and, with the database, leaves nothing kept.
   *
   * @throws PatientIdentityConflictException when asked to ask, or the new id is kept too
   */
  Opening open(Path file, OpenOptions options, IdentityChoice identity)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException;

  /**
   * Adds a sleep tracker's export as the device source of the patient shown ({@code current}, kept
   * under {@code patientKey}): its nights beside the diary's, which stay as they are. With the
   * database the tracker is kept with the patient; the patient list still holds one patient.
   *
   * @throws NotATrackerException when the file is no tracker export (the message says so)
   */
  default Opening addDevice(String patientKey, OpenedDiary current, Path tracker, OpenOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    throw new IOException("device data cannot be added here");
  }

  /** Patients kept from earlier sessions, for the patient list; none for a session-only library. */
  List<PatientSummary> keptPatients() throws IOException;

  /** A kept patient's diary, all exports merged; empty when not kept. */
  Optional<OpenedDiary> openKept(String patientKey) throws IOException;

  ReviewArchive reviews();

  /** Whether patients are kept between sessions (and so have a history and can be deleted). */
  boolean keepsPatients();

  /** The patient's audit trail, oldest first: imports, openings, review changes, exports, prints. */
  List<AuditEntry> history(String patientKey) throws IOException;

  /** Deletes every row kept of the patient, noting the deletion in the audit trail; false when not kept. */
  boolean delete(String patientKey) throws IOException;

  /**
   * The same library analysing diaries opened from now on with another rule set (a clinic's own
   * rule file); reviews stay where they are kept.
   */
  default DiaryLibrary withRules(RuleSet rules) {
    return withSettings(settings().withRules(rules.book()));
  }

  /** The same library counting caffeine after this hour as late in diaries opened from now on. */
  default DiaryLibrary withCaffeineCutoff(LocalTime cutoff) {
    return withSettings(settings().withCaffeineCutoff(cutoff));
  }

  /**
   * The same library recording the reviewer's name (asked for at each entry) beside the
   * operating-system account in the audit trail; a library without one is unchanged.
   */
  default DiaryLibrary withReviewer(java.util.function.Supplier<String> reviewerName) {
    return this;
  }

  /** The settings diaries opened from now on are analysed with. */
  AnalysisSettings settings();

  DiaryLibrary withSettings(AnalysisSettings settings);

  /** Opens diaries with the service and keeps reviews in the given archive for this session only. */
  static DiaryLibrary session(DiaryService service, ReviewArchive archive) {
    return new DiaryLibrary() {
      @Override
      public Opening open(Path file, OpenOptions options, IdentityChoice identity)
          throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
        OpenedDiary opened = service.open(file, options);
        return new Opening(opened.patientKey(), opened, "");
      }

      @Override
      public Opening addDevice(String patientKey, OpenedDiary current, Path tracker, OpenOptions options)
          throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
        return new Opening(patientKey, service.addDevice(current, tracker, options), "");
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
      public List<AuditEntry> history(String patientKey) {
        return List.of();
      }

      @Override
      public boolean delete(String patientKey) {
        return false;
      }

      @Override
      public AnalysisSettings settings() {
        return service.settings();
      }

      @Override
      public DiaryLibrary withSettings(AnalysisSettings settings) {
        return session(service.withSettings(settings), archive);
      }
    };
  }

  /** The patient database: every file opened is imported (merged by night) and reviews are kept. */
  static DiaryLibrary stored(PatientRecords records) {
    return new DiaryLibrary() {
      @Override
      public Opening open(Path file, OpenOptions options, IdentityChoice identity)
          throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
        StoredOpening stored = records.importAndOpen(file, options, identity);
        return new Opening(stored.patientKey(), stored.opened(),
            stored.outcome().duplicate() ? "this file was imported before; nothing changed" : "");
      }

      @Override
      public Opening addDevice(String patientKey, OpenedDiary current, Path tracker, OpenOptions options)
          throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
        StoredOpening stored = records.addDevice(patientKey, tracker, options);
        return new Opening(patientKey, stored.opened(),
            stored.outcome().duplicate() ? "this file was imported before; nothing changed" : "");
      }

      @Override
      public List<PatientSummary> keptPatients() throws IOException {
        return records.patients().stream()
            .map(p -> new PatientSummary(p.patientKey(), p.patient().displayName(), p.openFlags(), p.lastNight(),
                p.mostUrgentOpen()))
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
      public List<AuditEntry> history(String patientKey) throws IOException {
        return records.history(patientKey).stream().map(AuditEntry::of).toList();
      }

      @Override
      public boolean delete(String patientKey) throws IOException {
        return records.deletePatient(patientKey).isPresent();
      }

      @Override
      public AnalysisSettings settings() {
        return records.settings();
      }

      @Override
      public DiaryLibrary withSettings(AnalysisSettings settings) {
        return stored(records.withSettings(settings));
      }

      @Override
      public DiaryLibrary withReviewer(java.util.function.Supplier<String> reviewerName) {
        return stored(records.withReviewer(reviewerName));
      }
    };
  }
}
