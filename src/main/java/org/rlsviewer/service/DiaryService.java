package org.rlsviewer.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.rlsviewer.analysis.DiaryAnalyser;
import org.rlsviewer.analysis.RuleBook;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.analysis.VisitChangesCalculator;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.ColumnMapping;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.FilePreview;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.domain.Provenance;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.domain.figures.UrgencyBanner;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.LabsCsv;
import org.rlsviewer.importer.MappingStore;
import org.rlsviewer.report.PdfPages;
import org.rlsviewer.report.VisitSummaryPdf;

/**
 * The steps a clinician's visit goes through, shared by the window and the command line so both
 * give the same answers: open a diary (one pipeline, {@link OpenPipeline}, with the analysis
 * settings this service owns), show another range of it, and issue its visit summary.
 * Blocking; callers in the window run it off the Event Dispatch Thread.
 */
public final class DiaryService {

  private final SummaryAnalyser summaries = new SummaryAnalyser();
  private final Clock clock;
  private final String programVersion;
  private final ImportOptions importDefaults;
  private final OpenPipeline pipeline;

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
    this(clock, programVersion, AnalysisSettings.defaults().withRules(rules), importDefaults);
  }

  private DiaryService(Clock clock, String programVersion, AnalysisSettings settings, ImportOptions importDefaults) {
    this(clock, programVersion, new OpenPipeline(clock, programVersion, settings), importDefaults);
  }

  private DiaryService(Clock clock, String programVersion, OpenPipeline pipeline, ImportOptions importDefaults) {
    this.clock = clock;
    this.programVersion = programVersion;
    this.importDefaults = importDefaults;
    this.pipeline = pipeline;
  }

  /**
   * Removes what a killed PDF export left in the folder (hidden temporary files holding patient
   * data); called at start for the folder of the last export. Returns how many were removed.
   */
  public int tidyPdfFolder(Path folder) {
    return Files.isDirectory(folder) ? VisitSummaryPdf.removeStaleTemporaries(folder) : 0;
  }

  /** The same service with another rule set. */
  public DiaryService withRules(RuleBook rules) {
    return withSettings(settings().withRules(rules));
  }

  /** The same service with another rule set (a clinic's rule file chosen in the window). */
  public DiaryService withRules(RuleSet rules) {
    return withRules(rules.book());
  }

  /** The same service counting caffeine after this hour as late (the clinician's preference). */
  public DiaryService withCaffeineCutoff(LocalTime cutoff) {
    return withSettings(settings().withCaffeineCutoff(cutoff));
  }

  DiaryService withSettings(AnalysisSettings settings) {
    return settings.equals(settings()) ? this
        : new DiaryService(clock, programVersion, pipeline.with(settings), importDefaults);
  }

  /** The rule set and caffeine cut-off every diary opened by this service is analysed with. */
  public AnalysisSettings settings() {
    return pipeline.settings();
  }

  /** The analyser diaries are read with. */
  public DiaryAnalyser analyser() {
    return pipeline.analyser(settings());
  }

  /** The rule set diaries are analysed with. */
  public RuleBook rules() {
    return settings().rules();
  }

  /** The rule set diaries are analysed with, for the window. */
  public RuleSet ruleSet() {
    return new RuleSet(rules());
  }

  /** The options every import starts from; add the user's answers to them. */
  public ImportOptions importDefaults() {
    return importDefaults;
  }

  /** The options every opening starts from, for the window to add the user's answers to. */
  public OpenOptions openDefaults() {
    return OpenOptions.of(importDefaults);
  }

  /** Name of the optional lab results file shared by the diaries of a folder. */
  public static final String LABS_FILE = OpenPipeline.LABS_FILE;

  /** Imports and analyses the file with the default import options, and notes where it came from. */
  public OpenedDiary open(Path file) throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return open(file, importDefaults);
  }

  /** As {@link #open(Path, OpenOptions)} with the command line's import options. */
  public OpenedDiary open(Path file, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return open(file, OpenOptions.of(options));
  }

  /**
   * Imports and analyses the file for this session only (nothing is kept), with the clinician's
   * lab results when a file lies beside it ({@code NAME.labs.csv} for diary {@code NAME.csv}, else
   * {@code labs.csv}; results whose file names a different patient id are not used), and notes
   * where it came from. Throws {@link AmbiguousDayMonthOrderException} when the file's dates could
   * be day/month or month/day: ask the user, then call again with the answer in the options.
   * Interrupting the calling thread cancels it: reading stops at the next block with
   * {@link java.io.InterruptedIOException}, and each later stage checks before it starts.
   */
  public OpenedDiary open(Path file, OpenOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return pipeline.open(DiarySource.streamed(file), options, Optional.empty()).opened();
  }

  /**
   * The diary opened for this session with a sleep tracker's nights beside it, as a second source
   * ("device"): the diary's own entries are never changed, the analysis runs again with the
   * tracker's comments and its apnea-related measures, over the same range of nights.
   *
   * @throws java.io.IOException when the file is no tracker export (the message says so) or unreadable
   */
  public OpenedDiary addDevice(OpenedDiary diary, Path tracker, OpenOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    ImportResult read = DiarySource.streamed(tracker).read(pipeline.importer(), options.importOptions());
    Diary both = DeviceData.beside(diary.wholeDiary(), DeviceData.nightsOf(read, tracker));
    return pipeline.analyse(new ImportResult(both, diary.report()), diary.labs(), diary.provenance(), diary.shown(),
        diary.settings(), true).withChanges(diary.changes());
  }

  /** The pipeline with the store's stage: the file's bytes are read once and kept by {@code store}. */
  OpenPipeline.Opened openAndKeep(Path file, OpenOptions options, OpenPipeline.KeepStage store)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return keepRead(readForKeeping(file, options), options, store);
  }

  /** The read stage of {@link #openAndKeep}: the bytes held, the diary read and checked, nothing kept. */
  OpenPipeline.Read readForKeeping(Path file, OpenOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return pipeline.read(DiarySource.held(file, options.importOptions()), options, true);
  }

  /** The rest of {@link #openAndKeep} for a file read by {@link #readForKeeping}. */
  OpenPipeline.Opened keepRead(OpenPipeline.Read read, OpenOptions options, OpenPipeline.KeepStage store)
      throws IOException {
    return pipeline.keepAndAnalyse(read, options, Optional.of(store));
  }

  /**
   * The sheets of a workbook file (.xlsx, .ods), to let the user choose one when there are
   * several ({@link OpenOptions#withSheet}); empty for any other file.
   */
  public List<String> sheetNames(Path file, OpenOptions options) throws IOException, NotADiaryException {
    try {
      return ImportFailures.translated(() -> pipeline.importer().sheetNames(file, options.importOptions()));
    } catch (AmbiguousDayMonthOrderException e) {
      throw new IllegalStateException("listing sheets reads no dates", e);
    }
  }

  /** The patient-list line of an opened diary under the given review, for the patient kept under {@code patientKey}. */
  public PatientSummary patientSummary(String patientKey, OpenedDiary opened, Review review) {
    List<Flag> flags = opened.findings().flags();
    return new PatientSummary(patientKey, opened.diary().patient().displayName(), review.openCount(flags),
        opened.diary().lastNight(), UrgencyBanner.of(flags, review).mostUrgent());
  }

  /**
   * The patient-list line of an opened diary under the given review, under the key the diary names
   * (the database may keep the patient under another: use the key the opening gave).
   */
  public PatientSummary patientSummary(OpenedDiary opened, Review review) {
    return patientSummary(opened.patientKey(), opened, review);
  }

  /** The clock the service dates summaries with; review decisions use it too. */
  public Clock clock() {
    return clock;
  }

  /** The red flags and cautions the rules raise on a diary with the given lab results. */
  public List<Flag> flagsOf(Diary diary, List<org.rlsviewer.domain.LabResult> labs) {
    return analyser().analyse(diary, labs).flags();
  }

  /**
   * Analyses a diary read elsewhere (from the patient store): findings with the lab results, the
   * summary under this service's settings, and the provenance given (may be null).
   */
  public OpenedDiary analyse(ImportResult imported, LabsCsv.Result labs, Provenance provenance) {
    try {
      return pipeline.analyse(imported, labs, provenance, DateRange.all(), settings(), false);
    } catch (java.io.InterruptedIOException e) {
      throw new IllegalStateException("an analysis that cannot be cancelled was", e);
    }
  }

  /** Where a diary came from, stated the same way for every opening. */
  Provenance provenance(String fileName, long size, String sha256, Diary diary, java.time.Instant importedAt) {
    return pipeline.provenance(fileName, size, sha256, diary, importedAt, settings());
  }

  /** The header and first rows of a file whose layout is unknown, to map its columns by hand. */
  public FilePreview preview(Path file, int rows) throws IOException, NotADiaryException {
    try {
      return ImportFailures.translated(() -> pipeline.importer().preview(file, importDefaults, rows));
    } catch (AmbiguousDayMonthOrderException e) {
      throw new IllegalStateException("a preview reads no dates", e);
    }
  }

  /** Saves a column mapping in the mappings folder, so files with its header are read with it. */
  public void saveMapping(ColumnMapping mapping) throws IOException {
    Path folder = importDefaults.mappingsDirectory()
        .orElseThrow(() -> new IOException("no folder for saved column mappings is set"));
    new MappingStore(folder).save(mapping);
  }

  /**
   * The same diary restricted to a range of nights: findings and analysis of those nights only,
   * under the settings the diary was opened with (the clinician's caffeine hour stays).
   */
  public OpenedDiary restrict(OpenedDiary opened, DateRange range) {
    try {
      return pipeline.analyse(opened.imported(), opened.labs(), opened.provenance(), range, opened.settings(), false)
          .withChanges(opened.changes());
    } catch (java.io.InterruptedIOException e) {
      throw new IllegalStateException("an analysis that cannot be cancelled was", e);
    }
  }

  /**
   * The same diary with what changed since the given last visit: the rules run on the nights the
   * visit covered and on those since, each alone, with the diary's lab results.
   */
  public OpenedDiary sinceLastVisit(OpenedDiary opened, LastVisit visit) {
    Diary whole = opened.wholeDiary();
    List<org.rlsviewer.domain.LabResult> labs = opened.labs().labs();
    DiaryAnalyser analyser = pipeline.analyser(opened.settings());
    VisitChanges changes = VisitChangesCalculator.compare(whole, visit,
        analyser.analyse(whole.within(visit.covered()), labs), analyser.analyse(whole.within(visit.since()), labs));
    return opened.withChanges(Optional.of(changes));
  }

  /** The lab results file used for a diary, if any. */
  public static Optional<Path> labsFile(Path diary) {
    return OpenPipeline.labsFile(diary);
  }

  /** The sleep, trial and lifestyle summary with a caffeine cut-off other than the default. */
  public DiaryAnalysis summarise(Diary diary, LocalTime caffeineCutoff) {
    return summaries.analyse(diary, caffeineCutoff);
  }

  /** Writes the visit summary PDF of an opened diary (A4, PDF/A-2b), atomically. */
  public void writeSummary(OpenedDiary opened, Path out) throws IOException {
    // made when a PDF is asked for: PDFBox stays unloaded while the window starts
    writeSummary(opened, out, new VisitSummaryPdf());
  }

  /** Writes the visit summary with the given writer (paper size, protection), atomically. */
  public void writeSummary(OpenedDiary opened, Path out, VisitSummaryPdf writer) throws IOException {
    writer.write(summaryOf(opened), out);
  }

  /**
   * Issues the visit summary as a PDF file written atomically with the given writer (the command
   * line's paper, sections and protection), then records it in {@code log}: its audit entry and the
   * visit the next one counts changes from.
   */
  public void issueSummary(SummaryIssue issue, VisitSummaryPdf writer, Path out, VisitLog log) throws IOException {
    writer.write(summaryOf(issue.opened(), issue.review(), issue.clinician()), out);
    recordIssued(issue, false, log);
  }

  /** As {@link #issueSummary(SummaryIssue, VisitSummaryPdf, Path, VisitLog)} in the layout chosen in the window. */
  public void issueSummary(SummaryIssue issue, PdfLayout layout, Path out, VisitLog log) throws IOException {
    issueSummary(issue, layout.writer(), out, log);
  }

  /** Prints a visit summary: the document handed to a printer. */
  public interface Printer {
    void print(PDDocument summary) throws Exception;
  }

  /**
   * Issues the visit summary on paper: its document, laid out as chosen, goes to the printer; then
   * it is recorded in {@code log} as an export is. Returns the number of pages printed.
   */
  public int printSummary(SummaryIssue issue, PdfLayout layout, Printer printer, VisitLog log) throws Exception {
    int pages;
    try (PDDocument doc = layout.writer().document(summaryOf(issue.opened(), issue.review(), issue.clinician()))) {
      printer.print(doc);
      pages = doc.getNumberOfPages();
    }
    recordIssued(issue, true, log);
    return pages;
  }

  /**
   * The visit summary's pages as they will print in {@code layout}, from the same document that
   * {@link #printSummary} prints; records nothing. The caller closes it.
   */
  public SummaryPreview previewSummary(SummaryIssue issue, PdfLayout layout) throws IOException {
    PDDocument doc = layout.writer().document(summaryOf(issue.opened(), issue.review(), issue.clinician()));
    return new SummaryPreview(issue, layout, PdfPages.of(doc));
  }

  private static void recordIssued(SummaryIssue issue, boolean printed, VisitLog log) throws IOException {
    Diary shown = issue.opened().diary();
    LocalDate first = shown.firstNight().orElse(null);
    LocalDate last = shown.lastNight().orElse(null);
    log.summaryIssued(issue.patientKey(), printed, first, last);
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
