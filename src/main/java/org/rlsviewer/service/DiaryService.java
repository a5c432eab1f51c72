package org.rlsviewer.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.rlsviewer.analysis.DiaryAnalyser;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.importer.NotADiaryException;
import org.rlsviewer.report.VisitSummaryPdf;

/**
 * The steps a clinician's visit goes through, shared by the window and the command line so both
 * give the same answers: open a diary (import and analyse it) and write its visit summary.
 * Blocking; callers in the window run it off the Event Dispatch Thread.
 */
public final class DiaryService {

  private final DiaryImporter importer = new DiaryImporter();
  private final DiaryAnalyser analyser = new DiaryAnalyser();
  private final SummaryAnalyser summaries = new SummaryAnalyser();
  private final VisitSummaryPdf pdf = new VisitSummaryPdf();
  private final Clock clock;
  private final String programVersion;

  public DiaryService(Clock clock, String programVersion) {
    this.clock = clock;
    this.programVersion = programVersion;
  }

  /**
   * Imports and analyses the file. Interrupting the calling thread cancels it: reading stops at the
   * next block with {@link java.io.InterruptedIOException}, and each later step checks before it starts.
   */
  public OpenedDiary open(Path file) throws IOException, NotADiaryException {
    return open(file, SummaryAnalyser.DEFAULT_CAFFEINE_CUTOFF);
  }

  /** Imports and analyses the file, counting caffeine after the cut-off as late; cancellable as above. */
  public OpenedDiary open(Path file, LocalTime caffeineCutoff) throws IOException, NotADiaryException {
    Path name = file.getFileName();
    ImportResult imported;
    try (InputStream in = new InterruptibleInputStream(Files.newInputStream(file))) {
      imported = importer.importStream(in, name == null ? file.toString() : name.toString());
    }
    InterruptibleInputStream.checkInterrupted();
    Findings findings = analyser.analyse(imported.diary());
    InterruptibleInputStream.checkInterrupted();
    DiaryAnalysis analysis = summaries.analyse(imported.diary(), caffeineCutoff);
    InterruptibleInputStream.checkInterrupted();
    return new OpenedDiary(imported, findings, analysis);
  }

  /** The patient-list line of an opened diary under the given review. */
  public PatientSummary patientSummary(OpenedDiary opened, Review review) {
    int open = (int) opened.findings().flags().stream()
        .filter(f -> review.statusOf(f) == ReviewStatus.OPEN).count();
    return new PatientSummary(opened.patientKey(), opened.diary().patient().displayName(), open,
        opened.diary().lastNight());
  }

  /** The clock the service dates summaries with; review decisions use it too. */
  public Clock clock() {
    return clock;
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

  /** What the visit summary shows with the clinician's review, generated now. */
  public VisitSummary summaryOf(OpenedDiary opened, Review review, Clinician clinician) {
    return new VisitSummary(opened.diary(), opened.report(), opened.findings(),
        java.util.Optional.ofNullable(opened.analysis()), review, clinician, LocalDateTime.now(clock),
        programVersion);
  }

  public String programVersion() {
    return programVersion;
  }
}
