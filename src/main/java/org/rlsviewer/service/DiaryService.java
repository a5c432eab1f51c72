package org.rlsviewer.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rlsviewer.analysis.DiaryAnalyser;
import org.rlsviewer.analysis.RuleBook;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.analysis.VisitChangesCalculator;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.Provenance;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.importer.AmbiguousDayMonthOrderException;
import org.rlsviewer.importer.ColumnMapping;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.importer.LabsCsv;
import org.rlsviewer.importer.FilePreview;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.InterruptibleInputStream;
import org.rlsviewer.importer.MappingStore;
import org.rlsviewer.importer.NotADiaryException;
import org.rlsviewer.report.VisitSummaryPdf;

/**
 * The steps a clinician's visit goes through, shared by the window and the command line so both
 * give the same answers: open a diary (import and analyse it) and write its visit summary.
 * Blocking; callers in the window run it off the Event Dispatch Thread.
 */
public final class DiaryService {

  private final DiaryImporter importer;
  private final DiaryAnalyser analyser;
  private final SummaryAnalyser summaries = new SummaryAnalyser();
  private final VisitSummaryPdf pdf = new VisitSummaryPdf();
  private final Clock clock;
  private final String programVersion;
  private final ImportOptions importDefaults;

  public DiaryService(Clock clock, String programVersion) {
    this(clock, programVersion, RuleBook.builtIn(), ImportOptions.defaults());
  }

  /** A service that analyses with the given rule set, e.g. a clinic's own rule file. */
  public DiaryService(Clock clock, String programVersion, RuleBook rules) {
    this(clock, programVersion, rules, ImportOptions.defaults());
  }

  /** @param importDefaults the options every import starts from (mappings folder, size limit) */
  public DiaryService(Clock clock, String programVersion, ImportOptions importDefaults) {
    this(clock, programVersion, RuleBook.builtIn(), importDefaults);
  }

  /**
   * @param rules the rule set diaries are analysed with
   * @param importDefaults the options every import starts from (mappings folder, size limit)
   */
  public DiaryService(Clock clock, String programVersion, RuleBook rules, ImportOptions importDefaults) {
    this.clock = clock;
    this.importer = new DiaryImporter(clock);
    this.programVersion = programVersion;
    this.analyser = new DiaryAnalyser(rules);
    this.importDefaults = importDefaults;
  }

  /** The same service with another rule set. */
  /**
   * Removes what a killed PDF export left in the folder (hidden temporary files holding patient
   * data); called at start for the folder of the last export. Returns how many were removed.
   */
  public int tidyPdfFolder(Path folder) {
    return Files.isDirectory(folder) ? org.rlsviewer.report.VisitSummaryPdf.removeStaleTemporaries(folder) : 0;
  }

  public DiaryService withRules(RuleBook rules) {
    return new DiaryService(clock, programVersion, rules, importDefaults);
  }

  /** The analyser diaries are read with. */
  public DiaryAnalyser analyser() {
    return analyser;
  }

  /** The rule set diaries are analysed with. */
  public RuleBook rules() {
    return analyser.ruleBook();
  }

  /** The options every import starts from; add the user's answers to them. */
  public ImportOptions importDefaults() {
    return importDefaults;
  }

  /** Name of the optional lab results file shared by the diaries of a folder. */
  public static final String LABS_FILE = "labs.csv";

  /** Imports and analyses the file with the default import options, and notes where it came from. */
  public OpenedDiary open(Path file) throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return open(file, importDefaults);
  }

  /**
   * Imports and analyses the file, with the clinician's lab results when a file lies beside it
   * ({@code NAME.labs.csv} for diary {@code NAME.csv}, else {@code labs.csv}; results whose file
   * names a different patient id are not used), and notes where it came from. Throws
   * {@link AmbiguousDayMonthOrderException} when the file's dates could be day/month or month/day:
   * ask the user, then call again with the answer in the options.
   */
  public OpenedDiary open(Path file, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return open(file, options, SummaryAnalyser.DEFAULT_CAFFEINE_CUTOFF);
  }

  /**
   * The sheets of a workbook file (.xlsx, .ods), to let the user choose one when there are
   * several ({@link ImportOptions#withSheet}); empty for any other file.
   */
  public java.util.List<String> sheetNames(Path file, ImportOptions options) throws IOException, NotADiaryException {
    return importer.sheetNames(file, options);
  }

  /**
   * As {@link #open(Path, ImportOptions)}, counting caffeine after the cut-off as late.
   * Interrupting the calling thread cancels it: reading stops at the next block with
   * {@link java.io.InterruptedIOException}, and each later step checks before it starts.
   */
  public OpenedDiary open(Path file, ImportOptions options, LocalTime caffeineCutoff)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    ImportResult imported = importer.importFile(file, options);
    InterruptibleInputStream.checkInterrupted();
    LabsCsv.Result labs = labsFor(file.toAbsolutePath(), imported.diary().patient().id());
    Findings findings = analyser.analyse(imported.diary(), labs.labs());
    InterruptibleInputStream.checkInterrupted();
    Provenance provenance = new Provenance(imported.report().sourceName(), Files.size(file),
        FileDigest.sha256(file), Optional.ofNullable(imported.diary().metadata().get("exported_at")),
        clock.instant(), findings.ruleSetVersion(), programVersion);
    DiaryAnalysis analysis = summaries.analyse(imported.diary(), caffeineCutoff);
    InterruptibleInputStream.checkInterrupted();
    return new OpenedDiary(imported, findings, analysis, labs, provenance, DateRange.all());
  }

  /** The patient-list line of an opened diary under the given review. */
  public PatientSummary patientSummary(OpenedDiary opened, Review review) {
    int open = review.openCount(opened.findings().flags());
    return new PatientSummary(opened.patientKey(), opened.diary().patient().displayName(), open,
        opened.diary().lastNight());
  }

  /** The clock the service dates summaries with; review decisions use it too. */
  public Clock clock() {
    return clock;
  }

  /**
   * Reads a diary from the bytes of a file already in memory (to keep the very bytes read in the
   * patient store), with the default import options.
   */
  public ImportResult read(byte[] bytes, String sourceName)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return read(bytes, sourceName, importDefaults);
  }

  /** Reads a diary from a file's bytes with the given import options (e.g. the user's answers). */
  public ImportResult read(byte[] bytes, String sourceName, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return importer.importStream(new java.io.ByteArrayInputStream(bytes), sourceName, options);
  }

  /** The lab results beside a diary file (see {@link #open(Path, ImportOptions)}); none when absent. */
  public LabsCsv.Result labsBeside(Path diaryFile, String patientId) throws IOException {
    return labsFor(diaryFile.toAbsolutePath(), patientId);
  }

  /** The red flags and cautions the rules raise on a diary with the given lab results. */
  public List<org.rlsviewer.domain.Flag> flagsOf(Diary diary, List<org.rlsviewer.domain.LabResult> labs) {
    return analyser.analyse(diary, labs).flags();
  }

  /**
   * Analyses a diary read elsewhere (from a file's bytes or from the patient store): findings with
   * the lab results, the summary, and the provenance given (may be null).
   */
  public OpenedDiary analyse(ImportResult imported, LabsCsv.Result labs, Provenance provenance) {
    Findings findings = analyser.analyse(imported.diary(), labs.labs());
    return new OpenedDiary(imported, findings, summaries.analyse(imported.diary()), labs, provenance,
        DateRange.all());
  }

  /** Where a diary read from these bytes came from, imported at the given time. */
  public Provenance provenanceOf(ImportResult imported, byte[] bytes, java.time.Instant importedAt) {
    return new Provenance(imported.report().sourceName(), bytes.length, FileDigest.sha256(bytes),
        Optional.ofNullable(imported.diary().metadata().get("exported_at")), importedAt,
        analyser.ruleBook().version(), programVersion);
  }

  /** The header and first rows of a file whose layout is unknown, to map its columns by hand. */
  public FilePreview preview(Path file, int rows) throws IOException, NotADiaryException {
    return importer.preview(file, importDefaults, rows);
  }

  /** Saves a column mapping in the mappings folder, so files with its header are read with it. */
  public void saveMapping(ColumnMapping mapping) throws IOException {
    Path folder = importDefaults.mappingsDirectory()
        .orElseThrow(() -> new IOException("no folder for saved column mappings is set"));
    new MappingStore(folder).save(mapping);
  }

  /** The same diary restricted to a range of nights: findings and analysis of those nights only. */
  public OpenedDiary restrict(OpenedDiary opened, DateRange range) {
    Diary nights = opened.wholeDiary().within(range);
    return new OpenedDiary(opened.imported(), analyser.analyse(nights, opened.labs().labs()),
        summaries.analyse(nights), opened.labs(), opened.provenance(), range, opened.changes());
  }

  /**
   * The same diary with what changed since the given last visit: the rules run on the nights the
   * visit covered and on those since, each alone, with the diary's lab results.
   */
  public OpenedDiary sinceLastVisit(OpenedDiary opened, LastVisit visit) {
    Diary whole = opened.wholeDiary();
    List<org.rlsviewer.domain.LabResult> labs = opened.labs().labs();
    VisitChanges changes = VisitChangesCalculator.compare(whole, visit,
        analyser.analyse(whole.within(visit.covered()), labs), analyser.analyse(whole.within(visit.since()), labs));
    return opened.withChanges(Optional.of(changes));
  }

  /** The lab results file used for a diary, if any. */
  public static Optional<Path> labsFile(Path diary) {
    Path abs = diary.toAbsolutePath();
    String name = abs.getFileName().toString();
    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    return Stream.of(abs.resolveSibling(stem + ".labs.csv"), abs.resolveSibling(LABS_FILE))
        .filter(Files::isRegularFile).findFirst();
  }

  private static LabsCsv.Result labsFor(Path diary, String patientId) throws IOException {
    Optional<Path> file = labsFile(diary);
    if (file.isEmpty()) {
      return LabsCsv.Result.none();
    }
    LabsCsv.Result labs = LabsCsv.read(file.get());
    if (!labs.patientId().isEmpty() && !patientId.isEmpty() && !labs.patientId().equals(patientId)) {
      RejectedRow mismatch = new RejectedRow(0, "patient_id " + labs.patientId() + " does not match the diary's "
          + patientId + "; no results used", "");
      return new LabsCsv.Result(labs.source(), List.of(), List.of(mismatch), labs.patientId());
    }
    return labs;
  }

  /** The sleep, trial and lifestyle summary with a caffeine cut-off other than the default. */
  public DiaryAnalysis summarise(Diary diary, LocalTime caffeineCutoff) {
    return summaries.analyse(diary, caffeineCutoff);
  }

  /** Writes the visit summary PDF of an opened diary (A4, PDF/A-2b), atomically. */
  public void writeSummary(OpenedDiary opened, Path out) throws IOException {
    writeSummary(opened, out, pdf);
  }

  /** Writes the visit summary with the given writer (paper size, protection), atomically. */
  public void writeSummary(OpenedDiary opened, Path out, VisitSummaryPdf writer) throws IOException {
    writer.write(summaryOf(opened), out);
  }

  /** What the visit summary of an opened diary shows before any review, generated now. */
  public VisitSummary summaryOf(OpenedDiary opened) {
    return summaryOf(opened, Review.empty(), Clinician.unknown());
  }

  /**
   * What the visit summary shows with the clinician's review, generated now: the IRLS totals the
   * clinician entered (those dated inside the range shown) stand beside the diary's.
   */
  public VisitSummary summaryOf(OpenedDiary opened, Review review, Clinician clinician) {
    Optional<DiaryAnalysis> analysis = Optional.ofNullable(opened.analysis())
        .map(a -> a.withIrls(irlsTotals(opened, review)));
    return new VisitSummary(opened.diary(), opened.report(), opened.findings(),
        analysis, review, clinician, opened.shown(),
        Optional.ofNullable(opened.provenance()), LocalDateTime.now(clock), programVersion, opened.changes());
  }

  /** The diary's IRLS totals and the clinician's (dated inside the range shown), in date order. */
  public static org.rlsviewer.domain.IrlsTotals irlsTotals(OpenedDiary opened, Review review) {
    List<org.rlsviewer.domain.IrlsScore> clinician = review.notes().irlsTotals().stream()
        .filter(s -> opened.shown().contains(s.date())).toList();
    org.rlsviewer.domain.IrlsTotals fromDiary = opened.analysis() == null
        ? org.rlsviewer.domain.IrlsTotals.none() : opened.analysis().irls();
    return org.rlsviewer.analysis.IrlsReader.withClinicianTotals(opened.diary(), fromDiary, clinician);
  }

  public String programVersion() {
    return programVersion;
  }
}
