package org.rlsviewer.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.rlsviewer.analysis.DiaryAnalyser;
import org.rlsviewer.analysis.RuleBook;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.importer.DiaryImporter;
import org.rlsviewer.importer.LabsCsv;
import org.rlsviewer.importer.NotADiaryException;
import org.rlsviewer.report.VisitSummaryPdf;

/**
 * The steps a clinician's visit goes through, shared by the window and the command line so both
 * give the same answers: open a diary (import and analyse it) and write its visit summary.
 * Blocking; callers in the window run it off the Event Dispatch Thread.
 */
public final class DiaryService {

  private final DiaryImporter importer = new DiaryImporter();
  private final DiaryAnalyser analyser;
  private final VisitSummaryPdf pdf = new VisitSummaryPdf();
  private final Clock clock;
  private final String programVersion;

  public DiaryService(Clock clock, String programVersion) {
    this(clock, programVersion, RuleBook.builtIn());
  }

  /** A service that analyses with the given rule set, e.g. a clinic's own rule file. */
  public DiaryService(Clock clock, String programVersion, RuleBook rules) {
    this.clock = clock;
    this.programVersion = programVersion;
    this.analyser = new DiaryAnalyser(rules);
  }

  /** The same service with another rule set. */
  public DiaryService withRules(RuleBook rules) {
    return new DiaryService(clock, programVersion, rules);
  }

  /** The analyser diaries are read with. */
  public DiaryAnalyser analyser() {
    return analyser;
  }

  /** The rule set diaries are analysed with. */
  public RuleBook rules() {
    return analyser.ruleBook();
  }

  /** Name of the optional lab results file read from beside a diary. */
  public static final String LABS_FILE = "labs.csv";

  /** Imports and analyses the file, with the lab results of a {@code labs.csv} beside it, if any. */
  public OpenedDiary open(Path file) throws IOException, NotADiaryException {
    ImportResult imported = importer.importFile(file);
    Path labsFile = file.toAbsolutePath().resolveSibling(LABS_FILE);
    LabsCsv.Result labs = Files.isRegularFile(labsFile) ? LabsCsv.read(labsFile)
        : new LabsCsv.Result(List.of(), List.of());
    return new OpenedDiary(imported, analyser.analyse(imported.diary(), labs.labs()), labs);
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
