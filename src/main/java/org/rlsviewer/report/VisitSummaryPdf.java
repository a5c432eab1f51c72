package org.rlsviewer.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.Provenance;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.domain.figures.FigureFormat;
import org.rlsviewer.domain.figures.KeyFigureRow;
import org.rlsviewer.report.PdfCanvas.Run;

/** Writes the visit summary PDF. */
public final class VisitSummaryPdf {

  /** Paper sizes the summary is laid out for. */
  public enum Paper {
    A4(PDRectangle.A4, "A4 (210 \u00d7 297 mm)"),
    LETTER(PDRectangle.LETTER, "US Letter (8.5 \u00d7 11 in)");

    private final PDRectangle size;
    private final String label;

    Paper(PDRectangle size, String label) {
      this.size = size;
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static final String TITLE = "Restless legs diary \u2013 visit summary";
  static final String DISCLAIMER =
      "Decision support: shows what the diary records and why each rule fired. Not a diagnosis;"
          + " review in clinical context.";
  private static final int REJECTED_LISTED = 15;
  static final float BODY = 9.5f;
  static final float SMALL = 8.5f;
  private static final float LABEL_WIDTH = 120f;
  static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  /**
   * The parts of the summary after page one that the clinician can leave out. Page one (patient,
   * period, key figures, flags, tests, trial verdict) and the provenance block always stay.
   */
  public enum Section {
    CHARTS("charts"),
    TRIAL("trial"),
    WEEKLY_TABLE("weekly"),
    LIFESTYLE("lifestyle"),
    FLAGGED_NIGHTS("flagged-nights"),
    NOTES("notes"),
    SOURCES("sources");

    private final String id;

    Section(String id) {
      this.id = id;
    }

    /** The word used on the command line and in preferences, e.g. {@code weekly}. */
    public String id() {
      return id;
    }

    public static Optional<Section> byId(String id) {
      return java.util.Arrays.stream(values()).filter(s -> s.id.equalsIgnoreCase(id.strip())).findFirst();
    }
  }

  private final Paper paper;
  private final String password;
  private final Set<Section> sections;

  /**
   * Removes the temporary files a killed PDF writer left in the folder (our own hidden pattern, not
   * locked by a live writer); returns how many. A clinician's PDF folder is tidied at start.
   */
  public static int removeStaleTemporaries(Path folder) {
    return PdfFiles.removeStale(folder, java.time.Instant.now());
  }

  /** A4, PDF/A-2b, not encrypted, every section. */
  public VisitSummaryPdf() {
    this(Paper.A4, null, EnumSet.allOf(Section.class));
  }

  private VisitSummaryPdf(Paper paper, String password, Set<Section> sections) {
    this.paper = Objects.requireNonNull(paper);
    this.password = password;
    this.sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
  }

  /** The same writer laid out for another paper size. */
  public VisitSummaryPdf on(Paper paper) {
    return new VisitSummaryPdf(paper, password, sections);
  }

  /** The same writer with only these sections after page one. */
  public VisitSummaryPdf withSections(Set<Section> chosen) {
    return new VisitSummaryPdf(paper, password, chosen);
  }

  public Set<Section> sections() {
    return java.util.Collections.unmodifiableSet(sections);
  }

  /**
   * The same writer, encrypting with AES-256 so the PDF opens only with {@code password}. An
   * encrypted file cannot be PDF/A (the standard forbids encryption), so it does not claim to be.
   */
  public VisitSummaryPdf protectedWith(String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("a protected summary needs a password");
    }
    return new VisitSummaryPdf(paper, password, sections);
  }

  public Paper paper() {
    return paper;
  }

  /**
   * Writes the summary to {@code out}: to a temporary file in the same folder first, then moved into
   * place, so a failure never leaves a half-written file behind; owner-only where the file system
   * allows ({@link PdfFiles}).
   */
  public void write(VisitSummary summary, Path out) throws IOException {
    try (PDDocument doc = document(summary, true)) {
      PdfFiles.write(out, doc::save);
    }
  }

  /**
   * The summary as an open document, protected if asked, for saving or printing; the caller closes
   * it.
   */
  public PDDocument document(VisitSummary summary) throws IOException {
    return document(summary, false);
  }

  /**
   * With {@code savedHere}, the document is saved and closed by this thread before it builds another,
   * so it may use the thread's parsed fonts ({@link ReportFonts#embedIn}); a document handed out to
   * be printed or shown parses fonts of its own.
   */
  private PDDocument document(VisitSummary summary, boolean savedHere) throws IOException {
    PDDocument doc = build(summary, savedHere);
    if (password != null) {
      try {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(UUID.randomUUID().toString(), password, new AccessPermission());
        policy.setEncryptionKeyLength(256);
        doc.protect(policy);
      } catch (IOException | RuntimeException e) {
        doc.close();
        throw e;
      }
    }
    return doc;
  }

  private PDDocument build(VisitSummary summary, boolean savedHere) throws IOException {
    PDDocument doc = new PDDocument();
    try {
      ReportFonts.Pair fonts = savedHere ? ReportFonts.embedIn(doc) : ReportFonts.embedOwnIn(doc);
      describe(doc, summary);
      try (PdfCanvas canvas = new PdfCanvas(doc, paper.size, fonts)) {
        // page one is drawn last, once the pages of the details it points to are known
        canvas.newPage();
        canvas.newPage();
        if (summary.changes().isPresent()) {
          VisitChangesSection.draw(canvas, summary.changes().get(), BODY, SMALL);
        }
        canvas.ensureSpace(80);
        int flagsPage = canvas.pageNumber();
        FlagSections.flags(canvas, summary.findings(), summary.review(), sections.contains(Section.FLAGGED_NIGHTS));
        canvas.ensureSpace(60);
        int testsPage = canvas.pageNumber();
        tests(canvas, summary.findings(), summary.review().notes());
        Diary diary = summary.diary();
        if (sections.contains(Section.CHARTS)) {
          NightSections.bookmarks(canvas, summary);
          if (diary.entries().stream().anyMatch(e -> e.awakenings() != null || e.sleepLatencyMin() != null)) {
            NightSections.chart(canvas, doc, fonts, "Awakenings and sleep latency", DiaryCharts.sleepByNight(diary),
                diary);
          }
          if (!OnsetWeeks.of(diary).isEmpty()) {
            NightSections.chart(canvas, doc, fonts, OnsetWeeks.TITLE, OnsetChart.of(diary), diary);
          }
        }
        DeviceSection.draw(canvas, doc, fonts, diary);
        if (summary.analysis().isPresent()) {
          DiaryAnalysis analysis = summary.analysis().get();
          if (sections.contains(Section.TRIAL)) {
            AnalysisSections.trial(canvas, analysis.trial());
          }
          if (sections.contains(Section.WEEKLY_TABLE)) {
            AnalysisSections.weeks(canvas, analysis.weeks());
            AnalysisSections.irls(canvas, analysis.irls());
            AnalysisSections.gaps(canvas, analysis.gaps());
          }
          if (sections.contains(Section.LIFESTYLE)) {
            AnalysisSections.lifestyle(canvas, analysis.lifestyle(), analysis.caffeineCutoff());
          }
        }
        int notesPage = 0;
        if (sections.contains(Section.NOTES)) {
          canvas.ensureSpace(40);
          notesPage = canvas.pageNumber();
          clinicianNotes(canvas, summary.review().notes());
          if (!sections.contains(Section.CHARTS)) {
            NightSections.bookmarks(canvas, summary);
          }
        }
        if (sections.contains(Section.FLAGGED_NIGHTS)) {
          NightSections.flaggedNights(canvas, summary);
        }
        importNotes(canvas, summary.importReport());
        if (sections.contains(Section.SOURCES)) {
          sources(canvas, summary.findings());
        }
        provenance(canvas, summary);
        canvas.gap(8);
        canvas.paragraph(List.of(new Run(DISCLAIMER, false, PdfCanvas.MUTED)), SMALL, 0);
        canvas.resumeOn(0);
        PageOne.draw(canvas, doc, fonts, summary, new PageOne.DetailPages(flagsPage, testsPage, notesPage));
        Patient patient = summary.diary().patient();
        canvas.finish(TITLE + " \u00b7 " + patient.displayName(),
            "RLS Diary Viewer " + summary.programVersion() + " \u00b7 rule set "
                + summary.findings().ruleSetVersion() + " \u00b7 generated "
                + GENERATED.format(summary.generatedAt()));
      }
      return doc;
    } catch (IOException | RuntimeException e) {
      doc.close();
      throw e;
    }
  }

  private void describe(PDDocument doc, VisitSummary summary) throws IOException {
    Diary diary = summary.diary();
    String tool = "RLS Diary Viewer " + summary.programVersion();
    PdfArchive.describe(doc,
        TITLE + " \u2013 " + diary.patient().displayName(),
        tool,
        "Restless legs symptom diary" + diary.firstNight()
            .map(f -> ", " + f + " to " + diary.lastNight().orElseThrow()).orElse(""),
        "restless legs syndrome; sleep diary; visit summary; rule set " + summary.findings().ruleSetVersion(),
        tool,
        GregorianCalendar.from(summary.generatedAt().atZone(ZoneId.systemDefault())),
        summary.provenance().map(p -> p.sourceName() + " sha256:" + p.sha256()).orElse(summary.importReport()
            .sourceName()),
        password == null);
  }

  /** Where the data came from, on the last page: enough to find the very file again. */
  private static void provenance(PdfCanvas canvas, VisitSummary summary) throws IOException {
    canvas.heading("Provenance", 12f, 70f);
    float label = 110f;
    if (summary.provenance().isPresent()) {
      Provenance p = summary.provenance().get();
      canvas.labelled("Source file", List.of(Run.plain(p.sourceName() + " (" + p.sizeBytes() + " bytes)")), SMALL,
          label);
      canvas.labelled("SHA-256", List.of(Run.plain(p.sha256())), SMALL, label);
      canvas.labelled("Exported", List.of(Run.plain(p.exportedAt().orElse("not stated in the diary"))), SMALL, label);
      canvas.labelled("Imported", List.of(Run.plain(GENERATED.format(
          java.time.LocalDateTime.ofInstant(p.importedAt(), ZoneId.systemDefault())))), SMALL, label);
    } else {
      canvas.labelled("Source file", List.of(Run.plain(summary.importReport().sourceName())), SMALL, label);
    }
    canvas.labelled("Nights shown", List.of(Run.plain(summary.range().label())), SMALL, label);
    canvas.labelled("Rule set", List.of(Run.plain(summary.findings().ruleSetVersion())), SMALL, label);
    canvas.labelled("Program", List.of(Run.plain("RLS Diary Viewer " + summary.programVersion())), SMALL, label);
    canvas.labelled("Generated", List.of(Run.plain(GENERATED.format(summary.generatedAt()))), SMALL, label);
  }

  /** The tests the clinician ticked, or every suggested test when none was ticked. */
  private static void tests(PdfCanvas canvas, Findings findings, VisitNotes notes) throws IOException {
    List<SuggestedTest> ticked = findings.tests().stream().filter(t -> notes.tickedTests().contains(t.id())).toList();
    List<SuggestedTest> shown = ticked.isEmpty() ? findings.tests() : ticked;
    canvas.heading((ticked.isEmpty() ? "Suggested tests to consider (" + shown.size() + ")"
        : "Tests chosen by the clinician (" + shown.size() + " of " + findings.tests().size() + " suggested)")
        + (shown.isEmpty() ? "" : ": reasons"), 12f, 30f);
    for (SuggestedTest test : shown) {
      canvas.ensureSpace(BODY * 1.3f * 3);
      canvas.paragraph(List.of(Run.bold(test.name())), BODY, 0);
      canvas.paragraph(List.of(Run.plain(test.reason())), BODY, 12);
      canvas.paragraph(List.of(new Run("Basis: " + test.basis(), false, PdfCanvas.MUTED)), SMALL, 12);
      canvas.gap(3);
    }
  }

  private static void clinicianNotes(PdfCanvas canvas, VisitNotes notes) throws IOException {
    if (notes.notes().isBlank()) {
      return;
    }
    canvas.heading("Clinician's notes", 12f, 20f);
    for (String paragraph : notes.notes().strip().split("\\R")) {
      canvas.paragraph(List.of(Run.plain(paragraph)), BODY, 0);
    }
  }

  /** Each source the rules and tests rest on, listed once. */
  private static void sources(PdfCanvas canvas, Findings findings) throws IOException {
    Set<String> sources = new LinkedHashSet<>();
    findings.flags().forEach(f -> sources.add(f.basis()));
    findings.tests().forEach(t -> sources.add(t.basis()));
    sources.removeIf(String::isBlank);
    if (sources.isEmpty()) {
      return;
    }
    canvas.heading("Sources of the rules and suggested tests", 12f, 20f);
    int n = 1;
    for (String source : sources) {
      canvas.paragraph(List.of(Run.plain(n++ + ". " + source)), SMALL, 0);
    }
  }

  private static void importNotes(PdfCanvas canvas, ImportReport report) throws IOException {
    if (report.rejected().isEmpty() && report.warnings().isEmpty()) {
      return;
    }
    canvas.heading("Import notes", 12f, 20f);
    for (RejectedRow row : report.rejected().subList(0, Math.min(REJECTED_LISTED, report.rejected().size()))) {
      canvas.paragraph(List.of(Run.bold("Line " + row.line() + " not imported: "), Run.plain(row.reason())),
          SMALL, 0);
    }
    if (report.rejected().size() > REJECTED_LISTED) {
      canvas.paragraph(List.of(Run.plain("\u2026 and " + (report.rejected().size() - REJECTED_LISTED)
          + " more rows not imported; the program's import report lists them all.")), SMALL, 0);
    }
    for (String warning : report.warnings()) {
      canvas.paragraph(List.of(Run.plain(warning)), SMALL, 0);
    }
  }

  /**
   * Tag fills form one lightness ramp, urgent darkest, so the order survives grey-scale print and
   * red-green colour blindness (docs/decisions/0011; checked by UrgencyTagColoursTest).
   */
  static Color colour(Urgency urgency) {
    return switch (urgency) {
      case URGENT -> new Color(0x8A, 0x1C, 0x1C);
      case SOON -> new Color(0xC2, 0x74, 0x18);
      case ROUTINE -> new Color(0x7A, 0xAC, 0xE4);
      case INFO -> new Color(0xCF, 0xCF, 0xCF);
    };
  }

  /** The tag's word: white on the dark urgent fill, near-black on the lighter ones. */
  static Color textColour(Urgency urgency) {
    return switch (urgency) {
      case URGENT -> Color.WHITE;
      case SOON -> Color.BLACK;
      case ROUTINE, INFO -> new Color(0x1A, 0x1A, 0x1A);
    };
  }

  private static String plural(int n, String noun) {
    return FigureFormat.plural(n, noun);
  }
}
