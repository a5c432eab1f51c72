package org.rlsviewer.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rlsviewer.analysis.DiaryAnalyser;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.LabResult;
import org.rlsviewer.domain.Provenance;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.importer.InterruptibleInputStream;
import org.rlsviewer.importer.LabsCsv;

/**
 * The one way a diary is opened, by the window and the command line, with or without the patient
 * database: read the source once, read the lab results beside it, keep it (the store's stage; a
 * session has none), then analyse with the service's settings. The thread's interrupt is checked
 * between stages and, in the store's stage, before its transaction commits, so a Cancel leaves
 * nothing in the database; once kept, the opening runs to its end.
 *
 * @param analyser the analyser of the settings' rules (kept, since building one compiles every rule)
 */
record OpenPipeline(DiaryImporter importer, Clock clock, String programVersion, AnalysisSettings settings,
    DiaryAnalyser analyser) {

  /** Name of the optional lab results file shared by the diaries of a folder. */
  static final String LABS_FILE = "labs.csv";

  /** The store's stage: keeps what was read and gives back what to analyse. */
  interface KeepStage {
    Kept keep(ImportResult imported, DiarySource source, LabsCsv.Result labs) throws IOException;
  }

  /**
   * What the keep stage gives back: the key the patient is kept by, the diary to analyse (for the
   * store, the patient's merged nights with this file's import report), its lab results, when it
   * was imported, and what the store made of it (null for a session).
   */
  record Kept(String patientKey, ImportResult imported, LabsCsv.Result labs, Instant importedAt,
      org.rlsviewer.store.ImportOutcome outcome) {}

  /** A diary opened by the pipeline, under the key its review is kept by. */
  record Opened(Kept kept, OpenedDiary opened) {}

  OpenPipeline(Clock clock, String programVersion, AnalysisSettings settings) {
    this(new DiaryImporter(clock), clock, programVersion, settings, new DiaryAnalyser(settings.rules()));
  }

  /** The same pipeline under other settings; the analyser is kept when the rules are the same. */
  OpenPipeline with(AnalysisSettings other) {
    return new OpenPipeline(importer, clock, programVersion, other, analyser(other));
  }

  /** The analyser of these settings' rules: this pipeline's own when the rules are the same. */
  DiaryAnalyser analyser(AnalysisSettings of) {
    return of.rules() == settings.rules() ? analyser : new DiaryAnalyser(of.rules());
  }

  /**
   * What the read stage made of a file before anything is kept: the file, the diary read from it
   * and the lab results beside it. Reading touches no store, so several files may be read at once.
   */
  record Read(DiarySource source, ImportResult imported, LabsCsv.Result labs) {}

  Opened open(DiarySource source, OpenOptions options, Optional<KeepStage> store)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return keepAndAnalyse(read(source, options, store.isPresent()), options, store);
  }

  /** The read stage: the diary and its lab results; the store's stage names an unnamed export later. */
  Read read(DiarySource source, OpenOptions options, boolean stored)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    ImportResult read = source.read(importer, options.importOptions());
    if (!stored) {
      read = UnnamedExports.named(read, options, Optional.empty()); // the store's stage names with its memory
    }
    checkInterrupted();
    LabsCsv.Result labs = labsBeside(source.file(), read.diary().patient().id());
    checkInterrupted();
    return new Read(source, read, labs);
  }

  /** The keep stage (the store's, or a session's) and the analysis of what it kept. */
  Opened keepAndAnalyse(Read read, OpenOptions options, Optional<KeepStage> store) throws IOException {
    DiarySource source = read.source();
    Kept kept = store.isPresent() ? store.get().keep(read.imported(), source, read.labs())
        : new Kept(OpenedDiary.keyOf(read.imported()), read.imported(), read.labs(), clock.instant(), null);
    boolean cancellable = store.isEmpty();
    Provenance provenance = provenance(source.name(), source.size(), source.sha256(), read.imported().diary(),
        kept.importedAt(), settings);
    OpenedDiary opened = analyse(kept.imported(), kept.labs(), provenance, DateRange.all(), settings, cancellable);
    return new Opened(kept, opened);
  }

  /** Where a diary came from; every opening, first or from the store, states it this way. */
  Provenance provenance(String fileName, long size, String sha256, Diary diary, Instant importedAt,
      AnalysisSettings settings) {
    return new Provenance(fileName, size, sha256, Optional.ofNullable(diary.metadata().get("exported_at")),
        importedAt, settings.rules().version(), programVersion);
  }

  /**
   * Findings and summary of the nights in {@code range} under the settings; with {@code cancellable}
   * the interrupt is checked between the two (a kept diary is past cancelling).
   */
  OpenedDiary analyse(ImportResult imported, LabsCsv.Result labs, Provenance provenance, DateRange range,
      AnalysisSettings settings, boolean cancellable) throws java.io.InterruptedIOException {
    Diary nights = imported.diary().within(range);
    Findings findings = analyser(settings).analyse(nights, labs.labs());
    if (cancellable) {
      checkInterrupted();
    }
    OpenedDiary opened = new OpenedDiary(imported, findings,
        new SummaryAnalyser().analyse(nights, settings.caffeineCutoff()), labs, provenance, range, Optional.empty(),
        settings);
    if (cancellable) {
      checkInterrupted();
    }
    return opened;
  }

  static void checkInterrupted() throws java.io.InterruptedIOException {
    InterruptibleInputStream.checkInterrupted();
  }

  /** The lab results file used for a diary, if any. */
  static Optional<Path> labsFile(Path diary) {
    Path abs = diary.toAbsolutePath();
    String name = abs.getFileName().toString();
    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    return Stream.of(abs.resolveSibling(stem + ".labs.csv"), abs.resolveSibling(LABS_FILE))
        .filter(Files::isRegularFile).findFirst();
  }

  /**
   * The lab results beside a diary file ({@code NAME.labs.csv} for diary {@code NAME.csv}, else
   * {@code labs.csv}); results whose file names a different patient id are not used.
   */
  static LabsCsv.Result labsBeside(Path diary, String patientId) throws IOException {
    Optional<Path> file = labsFile(diary);
    if (file.isEmpty()) {
      return LabsCsv.Result.none();
    }
    LabsCsv.Result labs = LabsCsv.read(file.get());
    if (!labs.patientId().isEmpty() && !patientId.isEmpty() && !labs.patientId().equals(patientId)) {
      RejectedRow mismatch = new RejectedRow(0, "patient_id " + labs.patientId() + " does not match the diary's "
          + patientId + "; no results used", "");
      return new LabsCsv.Result(labs.source(), List.<LabResult>of(), List.of(mismatch), labs.patientId());
    }
    return labs;
  }
}
