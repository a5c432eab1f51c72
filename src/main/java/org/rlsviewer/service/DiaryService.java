package org.rlsviewer.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.rlsviewer.analysis.DiaryAnalyser;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.importer.AmbiguousDayMonthOrderException;
import org.rlsviewer.importer.ColumnMapping;
import org.rlsviewer.importer.FilePreview;
import org.rlsviewer.importer.MappingStore;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.importer.ImportOptions;
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
  private final VisitSummaryPdf pdf = new VisitSummaryPdf();
  private final Clock clock;
  private final String programVersion;
  private final ImportOptions importDefaults;

  public DiaryService(Clock clock, String programVersion) {
    this(clock, programVersion, ImportOptions.defaults());
  }

  /** @param importDefaults the options every import starts from (mappings folder, size limit) */
  public DiaryService(Clock clock, String programVersion, ImportOptions importDefaults) {
    this.clock = clock;
    this.programVersion = programVersion;
    this.importDefaults = importDefaults;
  }

  /** The options every import starts from; add the user's answers to them. */
  public ImportOptions importDefaults() {
    return importDefaults;
  }

  /** Imports and analyses the file with the default import options. */
  public OpenedDiary open(Path file) throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return open(file, importDefaults);
  }

  /**
   * Imports and analyses the file. Throws {@link AmbiguousDayMonthOrderException} when the file's
   * dates could be day/month or month/day: ask the user, then call again with the answer in the options.
   */
  public OpenedDiary open(Path file, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    ImportResult imported = importer.importFile(file, options);
    return new OpenedDiary(imported, analyser.analyse(imported.diary()));
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

  /** Writes the visit summary PDF of an opened diary, atomically. */
  public void writeSummary(OpenedDiary opened, Path out) throws IOException {
    VisitSummary summary = new VisitSummary(
        opened.diary(), opened.report(), opened.findings(), LocalDateTime.now(clock), programVersion);
    pdf.write(summary, out);
  }

  public String programVersion() {
    return programVersion;
  }
}
