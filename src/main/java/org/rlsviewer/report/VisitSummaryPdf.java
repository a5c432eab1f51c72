package org.rlsviewer.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.Provenance;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.domain.figures.FigureFormat;
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
  private static final String DISCLAIMER =
      "Decision support: shows what the diary records and why each rule fired. Not a diagnosis;"
          + " review in clinical context.";
  private static final int EXCERPT_CHARS = 220;
  /** The "flagged nights in full" section shows at most this many nights, the latest. */
  static final int FLAGGED_NIGHTS_SHOWN = 60;
  private static final int REJECTED_LISTED = 15;
  private static final int EXAMPLES = 3;
  private static final float BODY = 9.5f;
  private static final float SMALL = 8.5f;
  private static final float LABEL_WIDTH = 120f;
  private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

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

  /** A4, PDF/A-2b, not encrypted, every section. */
  /**
   * Removes the temporary files a killed PDF writer left in the folder (our own hidden pattern, not
   * locked by a live writer); returns how many. A clinician's PDF folder is tidied at start.
   */
  public static int removeStaleTemporaries(Path folder) {
    return PdfFiles.removeStale(folder, java.time.Instant.now());
  }

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
    try (PDDocument doc = document(summary)) {
      PdfFiles.write(out, doc::save);
    }
  }

  /**
   * The summary as an open document, protected if asked, for saving or printing; the caller closes
   * it.
   */
  public PDDocument document(VisitSummary summary) throws IOException {
    PDDocument doc = build(summary);
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

  private PDDocument build(VisitSummary summary) throws IOException {
    PDDocument doc = new PDDocument();
    try {
      ReportFonts.Pair fonts = ReportFonts.embedIn(doc);
      describe(doc, summary);
      try (PdfCanvas canvas = new PdfCanvas(doc, paper.size, fonts)) {
        canvas.newPage();
        title(canvas, summary);
        patientAndPeriod(canvas, summary);
        if (summary.changes().isPresent()) {
          VisitChangesSection.draw(canvas, summary.changes().get(), BODY, SMALL);
        }
        flags(canvas, summary.findings(), summary.review(), sections.contains(Section.FLAGGED_NIGHTS));
        tests(canvas, summary.findings(), summary.review().notes());
        Diary diary = summary.diary();
        if (sections.contains(Section.CHARTS)) {
          chart(canvas, doc, fonts, "Nightly severity", DiaryCharts.severityByNight(diary,
              ChartMarks.of(summary.findings(), summary.review().notes().bookmarks())), diary);
          bookmarks(canvas, summary);
          if (diary.entries().stream().anyMatch(e -> e.awakenings() != null || e.sleepLatencyMin() != null)) {
            chart(canvas, doc, fonts, "Awakenings and sleep latency", DiaryCharts.sleepByNight(diary), diary);
          }
        }
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
        if (sections.contains(Section.NOTES)) {
          clinicianNotes(canvas, summary.review().notes());
          if (!sections.contains(Section.CHARTS)) {
            bookmarks(canvas, summary);
          }
        }
        if (sections.contains(Section.FLAGGED_NIGHTS)) {
          flaggedNights(canvas, summary);
        }
        importNotes(canvas, summary.importReport());
        if (sections.contains(Section.SOURCES)) {
          sources(canvas, summary.findings());
        }
        provenance(canvas, summary);
        canvas.gap(8);
        canvas.paragraph(List.of(new Run(DISCLAIMER, false, PdfCanvas.MUTED)), SMALL, 0);
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

  private static void title(PdfCanvas canvas, VisitSummary summary) throws IOException {
    canvas.paragraph(List.of(Run.bold(TITLE)), 16f, 0);
    canvas.gap(2);
    canvas.rule(new Color(0x1F, 0x5F, 0xA8), 1.2f);
    canvas.gap(4);
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

  private static void patientAndPeriod(PdfCanvas canvas, VisitSummary summary) throws IOException {
    Diary diary = summary.diary();
    Patient patient = diary.patient();
    KeyFigures figures = summary.findings().figures();
    LocalDate today = summary.generatedAt().toLocalDate();
    canvas.labelled("Patient", List.of(Run.bold(patient.name().isEmpty() ? "Name not given" : patient.name())),
        BODY, LABEL_WIDTH);
    canvas.labelled("Patient id", List.of(Run.plain(patient.id().isEmpty() ? "not given" : patient.id())),
        BODY, LABEL_WIDTH);
    canvas.labelled("Date of birth", List.of(Run.plain(patient.birthDate()
        .map(b -> b + " (age " + patient.ageOn(today).orElseThrow() + ")").orElse("not given"))),
        BODY, LABEL_WIDTH);
    if (!patient.sex().isEmpty()) {
      canvas.labelled("Sex", List.of(Run.plain(patient.sex())), BODY, LABEL_WIDTH);
    }
    if (!summary.range().isAll()) {
      canvas.labelled("Range shown", List.of(Run.bold(summary.range().label()),
          Run.plain(" (a chosen range: figures, flags and charts cover only these nights)")), BODY, LABEL_WIDTH);
    }
    canvas.labelled("Diary period", List.of(Run.plain(diary.firstNight()
        .map(f -> f + " to " + diary.lastNight().orElseThrow() + " (" + plural(diary.nightsInPeriod(), "night") + ")")
        .orElse(summary.range().isAll() ? "no nights imported" : "no nights in this range"))), BODY, LABEL_WIDTH);
    canvas.labelled("Nights logged", List.of(Run.plain(figures.nightsLogged() + " of " + figures.nightsInPeriod()
        + percent(figures.nightsLogged(), figures.nightsInPeriod()))), BODY, LABEL_WIDTH);
    canvas.labelled("Median severity", List.of(Run.plain(figures.medianSeverity().isPresent()
        ? number(figures.medianSeverity().getAsDouble()) + " of 10 (" + plural(figures.nightsRated(), "night")
            + " rated)"
        : "no night rated")), BODY, LABEL_WIDTH);
    canvas.labelled("Nights with symptoms", List.of(Run.plain(figures.nightsWithSymptoms() + " of "
        + figures.nightsRated() + " rated")), BODY, LABEL_WIDTH);
    ImportReport report = summary.importReport();
    if (summary.analysis().isPresent()) {
      canvas.labelled("Magnesium trial", AnalysisSections.trialInOneLine(summary.analysis().get().trial()),
          BODY, LABEL_WIDTH);
    }
    canvas.labelled("Source", List.of(Run.plain(report.sourceName() + ": " + plural(report.imported(), "row")
        + " imported, " + report.rejected().size() + " not imported")), BODY, LABEL_WIDTH);
    if (summary.clinician().isKnown()) {
      canvas.labelled("Clinician", List.of(Run.plain(String.join(", ", java.util.stream.Stream.of(
          summary.clinician().name(), summary.clinician().clinic()).filter(t -> !t.isEmpty()).toList()))),
          BODY, LABEL_WIDTH);
    }
    canvas.labelled("Generated", List.of(Run.plain(GENERATED.format(summary.generatedAt())
        + ", rule set " + summary.findings().ruleSetVersion())), BODY, LABEL_WIDTH);
  }

  /**
   * Red flags grouped by rule and wording, urgent first: each group once with its nights, a few
   * examples of the patient's words, why the rule fired and its basis. Possible flags make groups of
   * their own, marked in words ({@link CertaintyText}). Every flagged night is listed in full further on.
   */
  private static void flags(PdfCanvas canvas, Findings findings, Review review, boolean allListedLater)
      throws IOException {
    flagGroups(canvas, "Red flags to review", findings.redFlags(), findings, review, allListedLater);
    if (!findings.cautions().isEmpty()) {
      flagGroups(canvas, "Cautions to review", findings.cautions(), findings, review, allListedLater);
    }
  }

  private static void flagGroups(PdfCanvas canvas, String heading, List<Flag> flags, Findings findings,
      Review review, boolean allListedLater) throws IOException {
    int open = review.openCount(flags);
    Map<String, List<Flag>> groups = new LinkedHashMap<>();
    for (Flag flag : flags) {
      groups.computeIfAbsent(flag.urgency() + "|" + flag.ruleId() + "|" + flag.title() + "|" + flag.rationale()
          + "|" + flag.certainty(),
          k -> new ArrayList<>()).add(flag);
    }
    canvas.heading(heading + " (" + flags.size() + (flags.size() == 1 ? " flag" : " flags")
        + (groups.size() > 1 ? " in " + groups.size() + " groups" : "") + CertaintyText.count(flags)
        + (open < flags.size() ? ", " + open + " open" : "") + ")", 12f, 40f);
    if (flags.isEmpty()) {
      canvas.paragraph(List.of(Run.plain("No red flags found in this diary by rule set "
          + findings.ruleSetVersion() + ".")), BODY, 0);
      return;
    }
    for (List<Flag> group : groups.values()) {
      Flag first = group.get(0);
      canvas.ensureSpace(BODY * 1.3f * 4 + 6);
      canvas.gap(3);
      float tagWidth = canvas.tag(first.urgency().tag(), colour(first.urgency()),
          textColour(first.urgency()), 7.5f);
      canvas.gap(-BODY * 0.05f);
      List<String> nights = group.stream().map(f -> f.evidence().date().toString()).distinct().toList();
      canvas.paragraph(List.of(Run.bold(first.title() + (first.possible() ? "  " + CertaintyText.TAG : "")),
          new Run("  \u00b7 " + plural(nights.size(), "night")
          + " \u00b7 rule " + first.ruleId(), false, PdfCanvas.MUTED)), BODY, tagWidth + 6);
      canvas.paragraph(List.of(new Run(nights.size() == 1 ? "Night: " : "Nights: ", false, PdfCanvas.MUTED),
          Run.plain(String.join(", ", nights))), BODY, 12);
      if (first.possible()) {
        canvas.paragraph(List.of(Run.plain(CertaintyText.WHY)), BODY, 12);
      }
      for (Flag example : examples(group)) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(example.evidence().date() + "  ", false, PdfCanvas.MUTED));
        runs.addAll(evidenceRuns(example.evidence()));
        if (example.possible()) {
          runs.add(Run.bold("  " + CertaintyText.BESIDE_WORDS));
        }
        canvas.paragraph(runs, BODY, 12);
      }
      if (group.size() > EXAMPLES) {
        canvas.paragraph(List.of(new Run("(" + EXAMPLES + " of " + group.size() + " flags shown"
            + (allListedLater ? "; all are under \u201cFlagged nights in full\u201d)" : ")"), false, PdfCanvas.MUTED)),
            SMALL, 12);
      }
      canvas.paragraph(List.of(Run.plain(first.rationale())), BODY, 12);
      reviewOf(canvas, group, review);
      canvas.paragraph(List.of(new Run("Basis: " + first.basis() + " (rule set " + first.ruleSetVersion() + ")",
          false, PdfCanvas.MUTED)), SMALL, 12);
      canvas.gap(3);
    }
  }

  /** The clinician's decisions on a group: counts by status, then each decision with its reason. */
  private static void reviewOf(PdfCanvas canvas, List<Flag> group, Review review) throws IOException {
    Map<ReviewStatus, Long> counts = new java.util.EnumMap<>(ReviewStatus.class);
    group.forEach(f -> counts.merge(review.statusOf(f), 1L, Long::sum));
    List<Run> line = new ArrayList<>();
    line.add(new Run("Review: ", false, PdfCanvas.MUTED));
    line.add(Run.bold(String.join(", ", counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().label()).toList())));
    canvas.paragraph(line, BODY, 12);
    for (Flag flag : group) {
      var decision = review.decisionFor(flag);
      if (decision.isEmpty() || decision.get().status() == ReviewStatus.OPEN
          && decision.get().comment().isEmpty()) {
        continue;
      }
      ReviewDecision d = decision.get();
      List<Run> runs = new ArrayList<>();
      runs.add(new Run(flag.evidence().date() + "  ", false, PdfCanvas.MUTED));
      runs.add(Run.bold(d.status().label()));
      if (!d.reason().isEmpty()) {
        runs.add(Run.plain(" (" + d.reason() + ")"));
      }
      if (!d.comment().isEmpty()) {
        runs.add(Run.plain(": " + d.comment()));
      }
      runs.add(new Run(" \u2013 " + (d.reviewer().isEmpty() ? "" : d.reviewer() + ", ")
          + GENERATED.format(java.time.LocalDateTime.ofInstant(d.decidedAt(), ZoneId.systemDefault())), false,
          PdfCanvas.MUTED));
      canvas.paragraph(runs, SMALL, 24);
    }
  }

  /** The patient's own words make the best examples; a yes/no field only when there are none. */
  private static List<Flag> examples(List<Flag> group) {
    List<Flag> ordered = new ArrayList<>(group.stream().filter(f -> f.evidence().field().isFreeText()).toList());
    group.stream().filter(f -> !f.evidence().field().isFreeText()).forEach(ordered::add);
    return ordered.subList(0, Math.min(EXAMPLES, ordered.size())).stream()
        .sorted(java.util.Comparator.comparing((Flag f) -> f.evidence().date())).toList();
  }

  /** The field and its text around the match, with the matched words in bold. */
  static List<Run> evidenceRuns(Evidence evidence) {
    List<Run> runs = new ArrayList<>();
    runs.add(new Run(evidence.field().column() + ": ", false, PdfCanvas.MUTED));
    String text = evidence.fieldText();
    int start = Math.max(0, Math.min(evidence.start(), text.length()));
    int end = Math.max(start, Math.min(evidence.end(), text.length()));
    if (start == end) {
      runs.add(Run.bold(evidence.matched()));
      return runs;
    }
    int from = Math.max(0, start - EXCERPT_CHARS / 2);
    int to = Math.min(text.length(), end + EXCERPT_CHARS / 2);
    // cut the excerpt at word boundaries, never inside the match
    int space = text.indexOf(' ', from);
    if (from > 0 && space >= 0 && space < start) {
      from = space + 1;
    }
    space = text.lastIndexOf(' ', to);
    if (to < text.length() && space > end) {
      to = space;
    }
    runs.add(Run.plain("\u201c" + (from > 0 ? "\u2026" : "") + text.substring(from, start)));
    runs.add(Run.bold(text.substring(start, end)));
    runs.add(Run.plain(text.substring(end, to) + (to < text.length() ? "\u2026" : "") + "\u201d"));
    return runs;
  }

  /** The tests the clinician ticked, or every suggested test when none was ticked. */
  private static void tests(PdfCanvas canvas, Findings findings, VisitNotes notes) throws IOException {
    List<SuggestedTest> ticked = findings.tests().stream().filter(t -> notes.tickedTests().contains(t.id())).toList();
    List<SuggestedTest> shown = ticked.isEmpty() ? findings.tests() : ticked;
    canvas.heading(ticked.isEmpty() ? "Suggested tests to consider (" + shown.size() + ")"
        : "Tests chosen by the clinician (" + shown.size() + " of " + findings.tests().size() + " suggested)",
        12f, 30f);
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

  /**
   * The clinician's bookmarks among the nights shown, with the labels the severity chart gives them.
   * Listed under the chart, as its key; when the charts are left out, with the clinician's notes.
   */
  private static void bookmarks(PdfCanvas canvas, VisitSummary summary) throws IOException {
    Diary diary = summary.diary();
    List<org.rlsviewer.domain.Bookmark> all = summary.review().notes().bookmarks();
    if (diary.firstNight().isEmpty() || all.isEmpty()) {
      return;
    }
    LocalDate first = diary.firstNight().get();
    LocalDate last = diary.lastNight().orElseThrow();
    List<List<Run>> lines = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      org.rlsviewer.domain.Bookmark b = all.get(i);
      if (!b.night().isBefore(first) && !b.night().isAfter(last)) {
        lines.add(List.of(Run.bold(ChartMarks.label(i) + "  "), new Run(b.night() + "  ", false, PdfCanvas.MUTED),
            Run.plain(b.note().isEmpty() ? "\u2013" : b.note())));
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    canvas.heading("Bookmarked nights (" + lines.size() + ")", 12f, 2 * BODY * 1.3f);
    for (List<Run> line : lines) {
      canvas.paragraph(line, BODY, 0);
    }
  }

  private static void chart(PdfCanvas canvas, PDDocument doc, ReportFonts.Pair fonts, String title,
      JFreeChart chart, Diary diary) throws IOException {
    float width = canvas.width();
    float height = Math.min(220f, width * 0.45f);
    canvas.heading(title, 12f, height + 8);
    if (diary.entries().isEmpty()) {
      canvas.paragraph(List.of(Run.plain("No nights to chart.")), BODY, 0);
      return;
    }
    StandardChartTheme theme = new StandardChartTheme("pdf");
    theme.setExtraLargeFont(ReportFonts.awtBold(12f));
    theme.setLargeFont(ReportFonts.awtBold(9f));
    theme.setRegularFont(ReportFonts.awtRegular(8f));
    theme.setSmallFont(ReportFonts.awtRegular(7f));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    var renderers = new ArrayList<>();
    for (int i = 0; i < chart.getXYPlot().getRendererCount(); i++) {
      renderers.add(chart.getXYPlot().getRenderer(i).getSeriesPaint(0));
    }
    theme.apply(chart);
    for (int i = 0; i < renderers.size(); i++) {
      chart.getXYPlot().getRenderer(i).setSeriesPaint(0, (java.awt.Paint) renderers.get(i));
    }
    PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, width, height);
    try (PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer()) {
      register(text, ReportFonts.awtRegular(8f), fonts.regular());
      register(text, ReportFonts.awtBold(8f), fonts.bold());
      g2.setFontTextDrawer(text);
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    PDFormXObject form = g2.getXFormObject();
    canvas.form(form, width, height);
  }

  private static void register(PdfBoxGraphics2DFontTextDrawer drawer, Font awt,
      org.apache.pdfbox.pdmodel.font.PDFont pdf) {
    drawer.registerFont(awt.getFontName(Locale.ROOT), pdf);
    drawer.registerFont(awt.getName(), pdf);
  }

  /** Every flagged night with all it records, so the evidence can be read in its context. */
  private static void flaggedNights(PdfCanvas canvas, VisitSummary summary) throws IOException {
    Map<LocalDate, Set<String>> rulesByNight = new TreeMap<>();
    for (Flag flag : summary.findings().flags()) {
      ReviewStatus status = summary.review().statusOf(flag);
      rulesByNight.computeIfAbsent(flag.evidence().date(), d -> new TreeSet<>())
          .add(CertaintyText.ruleOnNight(flag, status));
    }
    if (rulesByNight.isEmpty()) {
      return;
    }
    canvas.heading("Flagged nights in full (" + rulesByNight.size() + ")", 12f, 50f);
    // bounded for any diary: the latest flagged nights; page one names every flagged night by rule
    int leftOut = Math.max(0, rulesByNight.size() - FLAGGED_NIGHTS_SHOWN);
    if (leftOut > 0) {
      canvas.paragraph(List.of(new Run("The latest " + FLAGGED_NIGHTS_SHOWN + " flagged nights; " + leftOut
          + " earlier " + (leftOut == 1 ? "one is" : "ones are") + " left out (the flags on page one list every"
          + " night).", false, PdfCanvas.MUTED)), SMALL, 0);
    }
    LocalDate firstShown = new ArrayList<>(rulesByNight.keySet()).get(leftOut);
    List<List<List<Run>>> rows = new ArrayList<>();
    for (DiaryEntry entry : summary.diary().entries()) {
      Set<String> rules = rulesByNight.get(entry.date());
      if (rules == null || entry.date().isBefore(firstShown)) {
        continue;
      }
      rows.add(List.of(
          List.of(Run.bold(entry.date().toString()), new Run(" " + String.join(", ", rules), false, PdfCanvas.MUTED)),
          List.of(Run.plain(entry.severity() == null ? "\u2013" : entry.severity() + "/10")),
          List.of(Run.plain(sleep(entry))),
          List.of(Run.plain(entry.magnesiumMg() == null ? "\u2013"
              : entry.magnesiumMg() + " mg" + (entry.magnesiumForm().isEmpty() ? "" : " " + entry.magnesiumForm()))),
          recorded(entry)));
    }
    canvas.table(List.of(new PdfCanvas.Column("Night, rules", 1.3f), new PdfCanvas.Column("Severity", 0.85f),
        new PdfCanvas.Column("Sleep", 1.35f), new PdfCanvas.Column("Magnesium", 1.05f),
        new PdfCanvas.Column("What the patient wrote", 3.45f)), rows, SMALL);
  }

  private static String sleep(DiaryEntry e) {
    List<String> parts = new ArrayList<>();
    if (e.bedtime() != null || e.wakeTime() != null) {
      parts.add((e.bedtime() == null ? "?" : e.bedtime()) + "\u2013" + (e.wakeTime() == null ? "?" : e.wakeTime()));
    }
    if (e.sleepLatencyMin() != null) {
      parts.add("asleep after " + e.sleepLatencyMin() + " min");
    }
    if (e.awakenings() != null) {
      parts.add(e.awakenings() + " awakening" + (e.awakenings() == 1 ? "" : "s"));
    }
    if (e.sleepQuality() != null) {
      parts.add("quality " + e.sleepQuality() + "/5");
    }
    return parts.isEmpty() ? "\u2013" : String.join(", ", parts);
  }

  private static List<Run> recorded(DiaryEntry e) {
    List<Run> runs = new ArrayList<>();
    labelledText(runs, "Notes", e.notes());
    labelledText(runs, "Side effects", e.sideEffects());
    labelledText(runs, "Medications", e.medications());
    labelledText(runs, "Supplements", e.supplements());
    labelledText(runs, "Relief", e.relief());
    if (e.snoring() != null) {
      labelledText(runs, "Snoring", e.snoring() ? "yes" : "no");
    }
    if (e.breathingPauses() != null) {
      labelledText(runs, "Breathing pauses", e.breathingPauses() ? "yes" : "no");
    }
    e.extras().forEach((column, value) -> labelledText(runs, column, value));
    if (runs.isEmpty()) {
      runs.add(Run.plain("\u2013"));
    }
    return runs;
  }

  private static void labelledText(List<Run> runs, String label, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    runs.add(Run.bold((runs.isEmpty() ? "" : "  ") + label + ": "));
    runs.add(Run.plain(text));
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

  private static String percent(int part, int whole) {
    return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
  }

  private static String number(double value) {
    return FigureFormat.DISPLAY.number(value);
  }
}
