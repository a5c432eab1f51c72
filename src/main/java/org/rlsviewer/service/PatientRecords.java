package org.rlsviewer.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.rlsviewer.analysis.RuleBook;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.IdentityConflict;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.LabResult;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.Provenance;
import org.rlsviewer.importer.DeviceNights;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.LabsCsv;
import org.rlsviewer.store.AuditAction;
import org.rlsviewer.store.AuditEvent;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.DeletedPatient;
import org.rlsviewer.store.IdentityConflictException;
import org.rlsviewer.store.IdentityResolution;
import org.rlsviewer.store.ImportOutcome;
import org.rlsviewer.store.ImportRequest;
import org.rlsviewer.store.ImportedNights;
import org.rlsviewer.store.NightVersion;
import org.rlsviewer.store.PatientStore;
import org.rlsviewer.store.PatientListRow;
import org.rlsviewer.store.StoreException;
import org.rlsviewer.store.StoreKeys;
import org.rlsviewer.store.StoredImport;
import org.rlsviewer.store.StoredPatient;

/**
 * The visit steps that keep their results: import a diary file into the patient's record, list
 * patients, reopen a kept patient, keep reviews, and record PDF exports, printing and deletion in
 * the audit trail. Shared by the window and the command line. Blocking; run it off the Event
 * Dispatch Thread.
 */
public final class PatientRecords {

  private final DiaryService diaries;
  private final PatientStore store;
  private final String osUser;
  private final Supplier<String> reviewer;
  private final StoredReviewArchive reviews;

  /**
   * @param user the operating-system user ({@link #currentUser()}), recorded in the audit trail
   */
  public PatientRecords(DiaryService diaries, PatientStore store, String user) {
    this(diaries, store, user, () -> "");
  }

  private PatientRecords(DiaryService diaries, PatientStore store, String osUser, Supplier<String> reviewer) {
    this(diaries, store, osUser, reviewer, new StoredReviewArchive(store, () -> actor(reviewer.get(), osUser)));
  }

  private PatientRecords(DiaryService diaries, PatientStore store, String osUser, Supplier<String> reviewer,
      StoredReviewArchive reviews) {
    this.diaries = diaries;
    this.store = store;
    this.osUser = osUser;
    this.reviewer = reviewer;
    this.reviews = reviews;
  }

  /**
   * The same records signing the audit trail with the reviewer's name (asked for when it is written,
   * so a name changed in Preferences counts at once) beside the operating-system account.
   */
  public PatientRecords withReviewer(Supplier<String> reviewerName) {
    return new PatientRecords(diaries, store, osUser, reviewerName);
  }

  /**
   * Who the audit trail records: the reviewer with the operating-system account beside it,
   * "Dr Ana Ruiz (aruiz)"; the account alone when no reviewer is named.
   */
  public static String actor(String reviewerName, String osAccount) {
    String name = reviewerName == null ? "" : reviewerName.strip();
    String account = osAccount == null ? "" : osAccount.strip();
    if (name.isEmpty()) {
      return account;
    }
    return account.isEmpty() || name.equals(account) ? name : name + " (" + account + ")";
  }

  private String user() {
    return actor(reviewer.get(), osUser);
  }

  /** The same records on the same database, analysing diaries with another rule set from now on. */
  public PatientRecords withRules(RuleBook rules) {
    return withSettings(diaries.settings().withRules(rules));
  }

  /** The same records on the same database, analysing with these settings from now on. */
  PatientRecords withSettings(AnalysisSettings settings) {
    return new PatientRecords(diaries.withSettings(settings), store, osUser, reviewer, reviews);
  }

  AnalysisSettings settings() {
    return diaries.settings();
  }

  /** Records on the given database for the operating-system user of this process. */
  public static PatientRecords open(DiaryService diaries, DatabaseSettings settings, Clock clock) {
    return new PatientRecords(diaries, PatientStore.open(settings, clock), currentUser());
  }

  /** The operating-system user name of this process. */
  public static String currentUser() {
    return System.getProperty("user.name", "");
  }

  public PatientStore store() {
    return store;
  }

  /** Where reviews of kept patients are read and saved. */
  public StoredReviewArchive reviews() {
    return reviews;
  }

  /**
   * Reads a diary file, keeps it in the patient's record (merging by night with earlier exports,
   * in one transaction), records the import and the opening in the audit trail, and opens the
   * patient's merged diary, with the lab results beside the file. A file imported before changes
   * nothing and says so in the outcome.
   */
  public StoredOpening importAndOpen(Path file)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return importAndOpen(file, diaries.importDefaults());
  }

  /** As {@link #importAndOpen(Path)}, with import options (the user's answer on day/month order...). */
  public StoredOpening importAndOpen(Path file, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return importAndOpen(file, options, IdentityChoice.ask());
  }

  /** As {@link #importAndOpen(Path, OpenOptions, IdentityChoice)} with the command line's import options. */
  public StoredOpening importAndOpen(Path file, ImportOptions options, IdentityChoice identity)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return importAndOpen(file, OpenOptions.of(options), identity);
  }

  /**
   * As {@link #importAndOpen(Path, ImportOptions)}; when the file's patient id is kept for another
   * name or birth date, {@code identity} says whether it is the same patient (the kept details are
   * updated) or a different one (imported under a new id). Never merged without being told. This is
   * the service's open pipeline with the store as its keep stage: interrupting the thread before the
   * import's transaction commits leaves nothing in the database.
   *
   * @throws PatientIdentityConflictException when the identities differ and {@code identity} is to
   *     ask, or the new id given is kept for yet another patient: nothing was imported
   */
  public StoredOpening importAndOpen(Path file, OpenOptions options, IdentityChoice identity)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return importRead(readForImport(file, options), options, identity);
  }

  /** The read stage of an import: nothing is kept, so several files may be read at once ({@link ImportQueue}). */
  OpenPipeline.Read readForImport(Path file, OpenOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return diaries.readForKeeping(file, options);
  }

  /** The rest of {@link #importAndOpen(Path, OpenOptions, IdentityChoice)} for a file read by {@link #readForImport}. */
  StoredOpening importRead(OpenPipeline.Read read, OpenOptions options, IdentityChoice identity) throws IOException {
    OpenPipeline.Opened opened = diaries.keepRead(read, options,
        (imported, source, labs) -> keep(imported, source, labs, identity, options));
    String key = opened.kept().patientKey();
    return new StoredOpening(key, withChanges(key, opened.opened()), opened.kept().outcome());
  }

  /**
   * Reads a sleep tracker's export and keeps its nights as the device source of a kept patient,
   * beside the diary's nights (which it never changes), then opens the patient with both. A file
   * that is no tracker export is refused with a message saying so, and nothing is kept.
   */
  public StoredOpening addDevice(String patientKey, Path tracker, OpenOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    OpenPipeline.Opened opened = diaries.openAndKeep(tracker, options, (read, source, labs) -> {
      DeviceData.nightsOf(read, tracker);
      return keepDevice(patientKey, read, source);
    });
    OpenedDiary both = openPatient(patientKey).orElseThrow(() -> new StoreException("The import was not kept"));
    return new StoredOpening(patientKey, both, opened.kept().outcome());
  }

  /** A tracker's nights kept as the device source of the patient under {@code key}. */
  private OpenPipeline.Kept keepDevice(String key, ImportResult read, DiarySource source) throws IOException {
    byte[] bytes = source.bytes().orElseThrow(() -> new IllegalStateException("the store keeps the bytes read"));
    Patient patient = store.keptIdentity(key)
        .orElseThrow(() -> new StoreException("This patient is not kept in the database"));
    Diary device = new Diary(patient, read.diary().metadata(), List.of(), List.of(), DeviceNights.of(read));
    List<LabResult> keptLabs = store.labs(key);
    OpenPipeline.checkInterrupted();
    ImportOutcome outcome;
    try {
      outcome = store.recordImport(new ImportRequest(key, new ImportResult(device, read.report()), source.name(),
          bytes, user(), List.of(), "", IdentityResolution.SAME_PATIENT), merged -> flagsUnlessCancelled(merged, keptLabs));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    StoredPatient kept = store.patient(key).orElseThrow(() -> new StoreException("The import was not kept"));
    if (kept.imports().stream().noneMatch(i -> i.id() == outcome.importId())) {
      throw new StoreException("\"" + source.name() + "\" was imported before as another patient's file;"
          + " its nights stay there.");
    }
    store.audit(key, AuditAction.OPEN, user(), "device data added from file, import " + outcome.importId()
        + (outcome.duplicate() ? " (file imported before)" : ""));
    Instant importedAt = kept.imports().stream().filter(i -> i.id() == outcome.importId())
        .map(StoredImport::importedAt).findFirst().orElseThrow();
    LabsCsv.Result labs = keptLabs.isEmpty() ? LabsCsv.Result.none()
        : new LabsCsv.Result(KEPT_LABS, keptLabs, List.of(), "");
    return new OpenPipeline.Kept(key, new ImportResult(kept.merged().diary(), read.report()), labs, importedAt,
        outcome);
  }

  /** Whether a diary (nights of the patient's own) is kept under this key. */
  private boolean keepsDiaryOf(String key) throws StoreException {
    return store.contains(key) && store.patient(key).map(p -> !p.merged().diary().entries().isEmpty()).orElse(false);
  }

  /** The store's stage of the open pipeline. */
  private OpenPipeline.Kept keep(ImportResult read, DiarySource source, LabsCsv.Result labs,
      IdentityChoice identity, OpenOptions options) throws IOException {
    byte[] bytes = source.bytes().orElseThrow(() -> new IllegalStateException("the store keeps the bytes read"));
    boolean unnamed = UnnamedExports.namesNoOne(read.diary().patient());
    String fingerprint = unnamed ? ExportFingerprint.of(read, bytes, options.importOptions().person()) : "";
    Optional<String> rememberedKey = unnamed ? store.rememberedPatient(fingerprint) : Optional.empty();
    Optional<Patient> remembered = rememberedKey.isPresent()
        ? store.keptIdentity(rememberedKey.get()) : Optional.empty();
    ImportResult imported = UnnamedExports.named(read, options, remembered);
    boolean namedAsRemembered = unnamed && options.patient().isPresent() && remembered.isPresent()
        && UnnamedExports.samePatient(imported.diary().patient(), remembered.get());
    if (DeviceNights.isTracker(imported)) {
      // A tracker export of a patient who keeps a diary is that diary's device source, not a new diary.
      String trackerKey = namedAsRemembered ? rememberedKey.get()
          : keyOf(OpenedDiary.keyOf(imported), imported, bytes);
      if (keepsDiaryOf(trackerKey)) {
        if (unnamed && options.patient().isPresent()) {
          store.rememberFingerprint(fingerprint, trackerKey);
        }
        return keepDevice(trackerKey, imported, source);
      }
    }
    IdentityResolution resolution = IdentityResolution.ASK;
    if (identity.kind() != IdentityChoice.Kind.ASK && conflictsWithKept(imported)) {
      resolution = identity.kind() == IdentityChoice.Kind.SAME_PATIENT
          ? IdentityResolution.SAME_PATIENT : IdentityResolution.NEW_PATIENT;
      if (resolution == IdentityResolution.NEW_PATIENT) {
        String newId = identity.newId().isEmpty() ? proposeNewId(imported.diary().patient()) : identity.newId();
        imported = withPatientId(imported, newId);
      }
    }
    String key = keyOf(OpenedDiary.keyOf(imported), imported, bytes);
    if (namedAsRemembered) {
      key = rememberedKey.get(); // the patient named for an earlier export of the same fingerprint
    }
    // The flags are raised with every result kept for the patient, the file's new ones included.
    List<LabResult> withKept = union(store.labs(key), labs.labs());
    OpenPipeline.checkInterrupted();
    ImportOutcome outcome;
    try {
      outcome = store.recordImport(new ImportRequest(key, imported, source.name(), bytes, user(), labs.labs(),
          labs.source(), resolution), merged -> flagsUnlessCancelled(merged, withKept));
    } catch (IdentityConflictException e) {
      throw new PatientIdentityConflictException(
          e.conflict().withProposedNewId(proposeNewId(e.conflict().inFile())), e);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    if (unnamed && options.patient().isPresent()) {
      store.rememberFingerprint(fingerprint, key);
    }
    StoredPatient kept = store.patient(key).orElseThrow(() -> new StoreException("The import was not kept"));
    store.audit(key, AuditAction.OPEN, user(), "opened from file, import " + outcome.importId()
        + (outcome.duplicate() ? " (file imported before)" : ""));
    Instant importedAt = kept.imports().stream().filter(i -> i.id() == outcome.importId())
        .map(StoredImport::importedAt).findFirst().orElseThrow();
    LabsCsv.Result allLabs = new LabsCsv.Result(labs.source(), store.labs(key), labs.rejected(), labs.patientId());
    return new OpenPipeline.Kept(key, new ImportResult(kept.merged().diary(), imported.report()), allLabs, importedAt,
        outcome);
  }

  /** Raised inside the import's transaction: a Cancel until here rolls the whole import back. */
  private List<Flag> flagsUnlessCancelled(Diary merged, List<LabResult> labs) {
    List<Flag> flags = diaries.flagsOf(merged, labs);
    try {
      OpenPipeline.checkInterrupted();
    } catch (java.io.InterruptedIOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return flags;
  }

  private boolean conflictsWithKept(ImportResult imported) throws StoreException {
    Patient patient = imported.diary().patient();
    if (patient.id().isEmpty()) {
      return false;
    }
    Optional<Patient> kept = store.keptIdentity(new OpenedDiary(imported, null, null).patientKey());
    return kept.isPresent() && IdentityConflictException.differ(kept.get(), patient);
  }

  /**
   * An id for a patient whose id is kept for someone else: the first of "ID-2", "ID-3"... that is
   * free or kept for a patient of the same name and birth date (a second file of the same person).
   */
  private String proposeNewId(Patient patient) throws StoreException {
    String base = patient.id().isEmpty() ? "patient" : patient.id();
    for (int n = 2; ; n++) {
      String candidate = base + "-" + n;
      Optional<Patient> kept = store.keptIdentity("id:" + candidate);
      if (kept.isEmpty() || !IdentityConflictException.differ(kept.get(), patient)) {
        return candidate;
      }
    }
  }

  private static ImportResult withPatientId(ImportResult imported, String newId) {
    Diary d = imported.diary();
    Patient p = d.patient();
    return new ImportResult(new Diary(new Patient(newId, p.name(), p.birthDate(), p.sex()), d.metadata(), d.entries(),
        d.extraColumns(), d.deviceNights()), imported.report());
  }

  /** Every kept patient: name and id, open flags, last night; for the window's patient list. */
  public List<PatientListRow> patients() throws StoreException {
    return store.patients();
  }

  /**
   * Opens a kept patient's merged diary (with the latest import's report) and records the opening;
   * empty when the patient is not kept.
   */
  public Optional<OpenedDiary> openPatient(String patientKey) throws StoreException {
    Optional<StoredPatient> kept = store.patient(patientKey);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    store.audit(patientKey, AuditAction.OPEN, user(), "opened from the patient list");
    ImportResult merged = kept.get().merged();
    StoredImport latest = kept.get().imports().get(kept.get().imports().size() - 1);
    Provenance provenance = diaries.provenance(latest.fileName(), latest.fileSize(), latest.sha256(),
        merged.diary(), latest.importedAt());
    List<LabResult> labs = store.labs(patientKey);
    LabsCsv.Result keptLabs = labs.isEmpty() ? LabsCsv.Result.none()
        : new LabsCsv.Result(KEPT_LABS, labs, List.of(), "");
    return Optional.of(withChanges(patientKey, diaries.analyse(merged, keptLabs, provenance)));
  }

  private OpenedDiary withChanges(String patientKey, OpenedDiary opened) throws StoreException {
    Optional<LastVisit> visit = lastVisit(patientKey);
    return visit.isPresent() ? diaries.sinceLastVisit(opened, visit.get()) : opened;
  }

  /**
   * The visit a patient's changes are counted from: the latest visit recorded on an earlier day than
   * today (a summary exported or printed; today's is the visit in progress), or, when an import
   * made on an earlier day than the newest import is later, the nights of the imports up to that
   * one. Empty for a patient seen for the first time.
   */
  public Optional<LastVisit> lastVisit(String patientKey) throws StoreException {
    ZoneId zone = diaries.clock().getZone();
    LocalDate today = LocalDate.now(diaries.clock());
    Optional<LastVisit> visit = store.visits(patientKey).stream()
        .filter(v -> LocalDate.ofInstant(v.at(), zone).isBefore(today))
        .reduce((a, b) -> b)
        .map(v -> new LastVisit(LastVisit.Kind.VISIT, LocalDate.ofInstant(v.at(), zone), v.firstNight(),
            v.lastNight()));
    List<StoredImport> imports = store.imports(patientKey);
    Optional<LastVisit> earlierImport = Optional.empty();
    if (!imports.isEmpty()) {
      LocalDate newestDay = LocalDate.ofInstant(imports.get(imports.size() - 1).importedAt(), zone);
      Optional<StoredImport> earlier = imports.stream()
          .filter(i -> LocalDate.ofInstant(i.importedAt(), zone).isBefore(newestDay))
          .reduce((a, b) -> b);
      if (earlier.isPresent()) {
        long upTo = earlier.get().id();
        List<ImportedNights> nights = store.importedNights(patientKey).stream()
            .filter(n -> n.importId() <= upTo).toList();
        if (!nights.isEmpty()) {
          LocalDate first = nights.stream().map(ImportedNights::firstNight)
              .min(LocalDate::compareTo).orElseThrow();
          LocalDate last = nights.stream().map(ImportedNights::lastNight)
              .max(LocalDate::compareTo).orElseThrow();
          earlierImport = Optional.of(new LastVisit(LastVisit.Kind.IMPORT,
              LocalDate.ofInstant(earlier.get().importedAt(), zone), first, last));
        }
      }
    }
    if (visit.isPresent() && earlierImport.isPresent()) {
      return earlierImport.get().on().isAfter(visit.get().on()) ? earlierImport : visit;
    }
    return visit.isPresent() ? visit : earlierImport;
  }

  /** The kept details of a patient: imports, current flags, review version; empty when unknown. */
  public Optional<StoredPatient> patient(String patientKey) throws StoreException {
    return store.patient(patientKey);
  }

  public List<StoredImport> imports(String patientKey) throws StoreException {
    return store.imports(patientKey);
  }

  /** An imported file exactly as the patient sent it. */
  public byte[] originalFile(long importId) throws StoreException {
    return store.originalFile(importId);
  }

  /** Every kept version of one night, oldest first. */
  public List<NightVersion> nightHistory(String patientKey, LocalDate night) throws StoreException {
    return store.nightHistory(patientKey, night);
  }

  /** The patient's audit trail, oldest first (Patient > History). */
  public List<AuditEvent> history(String patientKey) throws StoreException {
    return store.auditTrail(patientKey);
  }

  /**
   * Records that the visit summary of the nights {@code covered} (first and last night) was
   * exported as a PDF: a visit, from which the next visit's changes are counted. Null nights (a
   * summary of a range without nights) are audited but make no visit.
   */
  public void recordPdfExport(String patientKey, LocalDate firstNight, LocalDate lastNight) throws StoreException {
    recordIssue(patientKey, AuditAction.PDF_EXPORT, firstNight, lastNight, "visit summary exported as PDF");
  }

  /** Records that the visit summary of the nights {@code firstNight} to {@code lastNight} was printed: a visit. */
  public void recordPrint(String patientKey, LocalDate firstNight, LocalDate lastNight) throws StoreException {
    recordIssue(patientKey, AuditAction.PRINT, firstNight, lastNight, "visit summary printed");
  }

  private void recordIssue(String patientKey, AuditAction how, LocalDate firstNight, LocalDate lastNight,
      String detail) throws StoreException {
    if (firstNight == null || lastNight == null) {
      store.audit(patientKey, how, user(), detail + " (no nights in the range)");
    } else {
      store.recordVisit(patientKey, how, firstNight, lastNight, user(), detail);
    }
  }

  /**
   * Deletes every kept row of the patient and records it in the audit trail. The caller asks the
   * clinician to confirm first. Empty when the patient is not kept.
   */
  public Optional<DeletedPatient> deletePatient(String patientKey) throws StoreException {
    return store.deletePatient(patientKey, user());
  }

  /** Where the lab results of a patient reopened from the list come from, as the window names them. */
  public static final String KEPT_LABS = "lab results kept with the patient";

  private static List<LabResult> union(List<LabResult> a, List<LabResult> b) {
    LinkedHashSet<LabResult> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** A diary naming no patient is kept per file content: same-named files of two patients never merge. */
  private static String keyOf(String openedKey, ImportResult imported, byte[] bytes) {
    if (!imported.diary().patient().id().isEmpty()) {
      return openedKey;
    }
    return openedKey + "#" + StoreKeys.contentKey(bytes);
  }
}
