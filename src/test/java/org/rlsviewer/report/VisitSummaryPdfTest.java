package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rlsviewer.report.SummaryFixtures.FIRST;
import static org.rlsviewer.report.SummaryFixtures.diary;
import static org.rlsviewer.report.SummaryFixtures.eightWeeks;
import static org.rlsviewer.report.SummaryFixtures.flag;
import static org.rlsviewer.report.SummaryFixtures.night;
import static org.rlsviewer.report.SummaryFixtures.patient;
import static org.rlsviewer.report.SummaryFixtures.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitSummary;

class VisitSummaryPdfTest {

  @TempDir Path temp;

  private static final String LONG_NOTE = "legs jumping all evening, " + "x".repeat(300)
      + " then my left ankle swollen again and the calf felt tight, walked the landing twice, "
      + "stretched, tried a warm bath, nothing settled it until well after two in the morning. ".repeat(6);

  @Test
  void readsBackPatientPeriodFlagsEvidenceAndTests() throws IOException {
    Diary diary = diary(patient("RLS-7781", "Łucja Żółć-Ωμέγα Юлия"), eightWeeks("slept ok"));
    List<Flag> flags = List.of(
        flag("swelling", Urgency.URGENT, FIRST.plusDays(9), "left ankle swollen again tonight", "ankle swollen"),
        flag("numbness", Urgency.ROUTINE, FIRST.plusDays(20), "toes numb after the walk", "numb"));
    Path out = temp.resolve("summary.pdf");

    new VisitSummaryPdf().write(summary(diary, flags, List.of(new RejectedRow(7, "bad date '2025-02-30'", "x"))),
        out);

    String text = text(out);
    assertThat(text).contains("Łucja Żółć-Ωμέγα Юлия", "RLS-7781", "1961-07-02 (age 63)",
        "2025-03-01 to 2025-04-25 (56 nights)", "56 of 56 (100%)", "4.5 of 10",
        "Night: 2025-03-10", "Night: 2025-03-21", "ankle swollen", "toes numb after the walk",
        "Consider review of swelling.", "Basis for numbness", "Ferritin", "Iron stores matter in RLS.",
        "Line 7 not imported: bad date '2025-02-30'", "Severity (0-10)", "Magnesium (mg)", "9.9.9", "test-1");
    assertThat(text.indexOf("Night: 2025-03-10")).as("urgent flag listed first")
        .isLessThan(text.indexOf("Night: 2025-03-21"));
    assertThat(text).as("flagged nights in full, and each source once")
        .contains("Flagged nights in full (2)", "Notes: slept ok", "Sources of the rules")
        .containsOnlyOnce("1. Basis for swelling");
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      assertThat(doc.getDocumentInformation().getTitle()).contains("Łucja", "RLS-7781");
      assertThat(doc.getDocumentInformation().getCreationDate()).isNotNull();
    }
  }

  @Test
  void everyFontIsEmbeddedIncludingTheChartsText() throws IOException {
    Path out = temp.resolve("fonts.pdf");
    new VisitSummaryPdf().write(summary(diary(patient("P1", "Ann Example"), eightWeeks("")), List.of(),
        List.of()), out);

    List<PDFont> fonts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }
  }

  private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources resources, List<PDFont> fonts)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (var name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (var name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
        collectFonts(form.getResources(), fonts);
      }
    }
  }

  @Test
  void everyUrgencyTagCarriesItsWordAndUrgentAndSoonTheirMarks() throws IOException {
    Diary diary = diary(patient("RLS-5", "A Patient"), eightWeeks("slept ok"));
    List<Flag> flags = new ArrayList<>();
    for (Urgency urgency : Urgency.values()) {
      flags.add(flag("rule-" + urgency.label(), urgency, FIRST.plusDays(urgency.ordinal() + 1),
          "ankle swollen tonight", "ankle swollen"));
    }
    Path out = temp.resolve("tags.pdf");

    new VisitSummaryPdf().write(summary(diary, flags, List.of()), out);

    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("!! URGENT", "! SOON", "ROUTINE", "INFO");
      assertThat(text.indexOf("!! URGENT")).isLessThan(text.indexOf("! SOON"));
      assertThat(text.indexOf("! SOON")).isLessThan(text.indexOf("ROUTINE"));
      assertThat(text).doesNotContain("! ROUTINE", "! INFO");
    }
  }

  @ParameterizedTest
  @EnumSource(VisitSummaryPdf.Paper.class)
  void longNotesWrapAndNothingIsDrawnOutsideTheMarginsOnEitherPaper(VisitSummaryPdf.Paper paper)
      throws IOException {
    List<Flag> flags = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      flags.add(flag("swelling", Urgency.URGENT, FIRST.plusDays(i), LONG_NOTE, "ankle swollen"));
    }
    Path out = temp.resolve(paper + ".pdf");
    new VisitSummaryPdf().on(paper).write(summary(diary(patient("RLS-1", "A Patient With A Rather Long Name "
        + "Indeed To Test The Running Header Truncation On Narrow Paper Sizes"), eightWeeks(LONG_NOTE)), flags,
        List.of()), out);

    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(2);
      float width = doc.getPage(0).getMediaBox().getWidth();
      float height = doc.getPage(0).getMediaBox().getHeight();
      List<TextPosition> glyphs = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          glyphs.addAll(positions);
        }
      };
      stripper.getText(doc);
      assertThat(glyphs).hasSizeGreaterThan(1000).allSatisfy(g -> {
        assertThat(g.getXDirAdj()).isGreaterThanOrEqualTo(PdfCanvas.MARGIN - 0.5f);
        assertThat(g.getXDirAdj() + g.getWidthDirAdj()).isLessThanOrEqualTo(width - PdfCanvas.MARGIN + 0.5f);
        assertThat(g.getYDirAdj()).isBetween(PdfCanvas.MARGIN - 1f, height - PdfCanvas.MARGIN + 1f);
      });
    }
  }

  @Test
  void everyPageCarriesThePatientAndPageXOfY() throws IOException {
    List<Flag> flags = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      flags.add(flag("apnea", Urgency.SOON, FIRST.plusDays(i), "wife says I stopped breathing", "stopped breathing"));
    }
    Path out = temp.resolve("pages.pdf");
    new VisitSummaryPdf().write(summary(diary(patient("RLS-2087", "Tom Example"), eightWeeks("")), flags,
        List.of()), out);

    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      for (int p = 1; p <= pages; p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertThat(stripper.getText(doc)).contains("Tom Example (RLS-2087)", "Page " + p + " of " + pages);
      }
    }
  }

  @Test
  void aFailedWriteLeavesTheEarlierFileUntouchedAndNoTemporaryFile() throws IOException {
    Path out = temp.resolve("summary.pdf");
    Files.writeString(out, "earlier summary");
    VisitSummary broken = new VisitSummary(diary(patient("P", "N"), eightWeeks("")), null, null, null, "1");

    assertThatThrownBy(() -> new VisitSummaryPdf().write(broken, out)).isInstanceOf(RuntimeException.class);

    assertThat(Files.readString(out)).isEqualTo("earlier summary");
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void aMissingFolderIsAnIoErrorAndWritesNothing() {
    Path out = temp.resolve("no-such-folder").resolve("summary.pdf");

    assertThatThrownBy(() -> new VisitSummaryPdf().write(
        summary(diary(patient("P", "N"), eightWeeks("")), List.of(), List.of()), out))
        .isInstanceOf(IOException.class);
    assertThat(out).doesNotExist();
  }

  @Test
  void anEmptyDiaryStillGivesAReadableSummary() throws IOException {
    Path out = temp.resolve("empty.pdf");
    new VisitSummaryPdf().write(summary(diary(org.rlsviewer.domain.Patient.unknown(), List.of()), List.of(),
        List.of()), out);

    // page one keeps its sections, saying what to do; the details follow on page two
    assertThat(text(out)).contains("Unnamed patient", "no nights imported", "No red flags found",
        "No nights to chart: the diary has no nights", "Page 1 of 2");
  }

  @Test
  void textTheFontCannotDrawIsWrittenAsItsUnicodeNameNeverAsAQuestionMark() throws IOException {
    Path out = temp.resolve("glyphs.pdf");
    String note = "legs \u6F22 awful \uD83D\uDE0A\uFE0F \uD83E\uDDB5, tab\there, \u0007bell";
    new VisitSummaryPdf().write(summary(diary(patient("P9", "Emoji Case"), List.of(night(FIRST, 8, null, note))),
        List.of(flag("weakness", Urgency.SOON, FIRST, note, "awful")), List.of()), out);

    String text = text(out);
    assertThat(text).as("a glyph DejaVu has prints as itself, one it lacks as its name")
        .contains("legs [CJK UNIFIED IDEOGRAPHS 6F22] awful \uD83D\uDE0A [LEG], tab here, bell");
    assertThat(text).doesNotContain("?");
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void manyFlagsOfOneRuleAreGroupedOnceWithAllTheirNightsAndAFewExamples() throws IOException {
    List<Flag> flags = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      flags.add(flag("apnea", Urgency.SOON, FIRST.plusDays(i), "gasping again night " + i, "gasping"));
    }
    Path out = temp.resolve("grouped.pdf");
    new VisitSummaryPdf().write(summary(diary(patient("P2", "Group Case"), eightWeeks("")), flags, List.of()), out);

    String text = text(out);
    assertThat(text).contains("Red flags to review (12 flags)", "12 nights", "2025-03-01, 2025-03-02",
        "2025-03-12", "3 of 12 flags shown", "Flagged nights in full (12)")
        .containsOnlyOnce("Consider review of apnea.");
  }

  @Test
  void showsTheClinicianTheReviewDecisionsTheTickedTestsAndTheNotes() throws IOException {
    Flag swelling = flag("swelling", Urgency.URGENT, FIRST.plusDays(2), "left ankle swollen", "ankle swollen");
    Flag numbness = flag("numbness", Urgency.ROUTINE, FIRST.plusDays(5), "toes numb", "numb");
    Flag apnea = flag("apnea", Urgency.SOON, FIRST.plusDays(6), "stopped breathing", "stopped breathing");
    VisitSummary base = summary(diary(patient("RLS-5", "Review Case"), eightWeeks("")),
        List.of(swelling, numbness, apnea), List.of());
    java.time.Instant at = java.time.Instant.parse("2025-04-20T08:15:00Z");
    org.rlsviewer.domain.Review review = new org.rlsviewer.domain.Review(java.util.Map.of(
        swelling.key(), new org.rlsviewer.domain.ReviewDecision(swelling.key(),
            org.rlsviewer.domain.ReviewStatus.ACKNOWLEDGED, "", "duplex booked today", "Dr Ada Lane", at),
        numbness.key(), new org.rlsviewer.domain.ReviewDecision(numbness.key(),
            org.rlsviewer.domain.ReviewStatus.DISMISSED, "known neuropathy", "", "Dr Ada Lane", at)),
        new org.rlsviewer.domain.VisitNotes("Discussed iron.\nReview in six weeks.", List.of("ferritin")));
    VisitSummary reviewed = new VisitSummary(base.diary(), base.importReport(), base.findings(), base.analysis(),
        review, new org.rlsviewer.domain.Clinician("Dr Ada Lane", "Riverside Sleep Clinic"), base.range(),
        base.provenance(), base.generatedAt(),
        base.programVersion());
    Path out = temp.resolve("reviewed.pdf");

    new VisitSummaryPdf().write(reviewed, out);

    String text = text(out).replaceAll("\\s+", " ");
    assertThat(text).contains("Dr Ada Lane, Riverside Sleep Clinic", "3 flags in 3 groups, 1 open",
        "Review: 1 acknowledged", "acknowledged: duplex booked today", "Review: 1 dismissed",
        "dismissed (known neuropathy)", "Review: 1 open", "Tests chosen by the clinician (1 of 1 suggested)",
        "Clinician's notes", "Discussed iron.", "Review in six weeks.", "swelling (acknowledged)",
        "numbness (dismissed)");
  }

  @Test
  void cautionsAreListedApartFromRedFlags() throws IOException {
    Flag numbness = flag("numbness", Urgency.ROUTINE, FIRST.plusDays(1), "toes numb", "numb");
    Flag dose = flag("magnesium-dose", Urgency.ROUTINE, FIRST.plusDays(2), "400 mg", "400");
    VisitSummary base = summary(diary(patient("C-1", "Caution Case"), eightWeeks("")), List.of(numbness, dose),
        List.of());
    org.rlsviewer.domain.Findings findings = new org.rlsviewer.domain.Findings(base.findings().ruleSetVersion(),
        base.findings().flags(), base.findings().tests(), base.findings().figures(), List.of(),
        java.util.Set.of("magnesium-dose"));
    Path out = temp.resolve("cautions.pdf");

    new VisitSummaryPdf().write(new VisitSummary(base.diary(), base.importReport(), findings,
        base.generatedAt(), base.programVersion()), out);

    String all = text(out).replaceAll("\\s+", " ");
    String text = all.substring(all.indexOf("Page 1 of"));
    int redFlags = text.indexOf("Red flags to review (1 flag)");
    int cautions = text.indexOf("Cautions to review (1 flag)");
    assertThat(redFlags).isNotNegative();
    assertThat(cautions).isGreaterThan(redFlags);
    assertThat(text.indexOf("Title of magnesium-dose")).isGreaterThan(cautions);
    assertThat(text.indexOf("Title of numbness")).isBetween(redFlags, cautions);
  }

  @Test
  void theSeverityChartHasItsMarksAndTheirLegendAndTheBookmarksAreListedUnderIt() throws IOException {
    List<org.rlsviewer.domain.DiaryEntry> nights = new ArrayList<>(eightWeeks(""));
    nights.set(20, night(FIRST.plusDays(20), 5, 450, ""));
    Flag urgent = flag("swelling", Urgency.URGENT, FIRST.plusDays(9), "left ankle swollen", "ankle swollen");
    VisitSummary base = summary(diary(patient("RLS-9", "Marked Chart"), nights), List.of(urgent), List.of());
    org.rlsviewer.domain.Review review = new org.rlsviewer.domain.Review(java.util.Map.of(),
        new org.rlsviewer.domain.VisitNotes("", List.of(), List.of(
            new org.rlsviewer.domain.Bookmark(FIRST.plusDays(30), "worse after the long drive"),
            new org.rlsviewer.domain.Bookmark(FIRST.plusDays(3), ""),
            new org.rlsviewer.domain.Bookmark(FIRST.plusDays(400), "outside the diary")), List.of()));
    VisitSummary marked = new VisitSummary(base.diary(), base.importReport(), base.findings(), base.analysis(),
        review, base.clinician(), base.range(), base.provenance(), base.generatedAt(), base.programVersion());
    Path out = temp.resolve("marked.pdf");

    new VisitSummaryPdf().write(marked, out);

    String text = text(out).replaceAll("\\s+", " ");
    assertThat(text).as("legend words of the chart").contains(DiaryCharts.URGENT_FLAG_SERIES,
        DiaryCharts.DOSE_CHANGE_SERIES, DiaryCharts.MAGNESIUM_START_LEGEND, "Bookmark (B1, B2");
    assertThat(text).as("a dose change labelled on the chart; the change back the next night too close to label")
        .contains("300\u2192450 mg").doesNotContain("450\u2192300 mg");
    assertThat(text).contains("Bookmarked nights (2)", "B1 2025-03-04 \u2013", "B2 2025-03-31 worse after the long drive")
        .doesNotContain("outside the diary");
    assertThat(text.indexOf("Bookmarked nights")).as("listed under the chart, as its key")
        .isGreaterThan(text.indexOf("Nightly severity"));

    Path withoutCharts = temp.resolve("no-charts.pdf");
    new VisitSummaryPdf().withSections(java.util.EnumSet.of(VisitSummaryPdf.Section.NOTES)).write(marked,
        withoutCharts);
    assertThat(text(withoutCharts).replaceAll("\\s+", " ")).as("with the notes when the charts are left out")
        .contains("Bookmarked nights (2)", "worse after the long drive");
  }
}
