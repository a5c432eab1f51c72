package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.report.SummaryFixtures.FIRST;
import static org.rlsviewer.report.SummaryFixtures.diary;
import static org.rlsviewer.report.SummaryFixtures.eightWeeks;
import static org.rlsviewer.report.SummaryFixtures.flag;
import static org.rlsviewer.report.SummaryFixtures.patient;
import static org.rlsviewer.report.SummaryFixtures.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rlsviewer.domain.Clinician;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.domain.VisitSummary;

/** Page one holds the same sections in the same order, whatever the patient, and never runs over. */
class PageOnePdfTest {

  @TempDir Path temp;

  /** Page one's sections in their order, as read back from the PDF. */
  static final List<String> SECTIONS = List.of(VisitSummaryPdf.TITLE, "\u00b7", "Patient", "Diary period",
      PageOne.Section.KEY_FIGURES.heading(), PageOne.Section.CHART.heading(), PageOne.Section.TRIAL.heading(),
      PageOne.Section.RED_FLAGS.heading(), PageOne.Section.CAUTIONS.heading(), "tests",
      PageOne.Section.NOTES.heading(), PageOne.SIGN_OFF, "Not a diagnosis");

  /** Asserts that the text holds every section of page one, in order. */
  static void assertSectionsInOrder(String pageOne) {
    String text = pageOne.replaceAll("\\s+", " ");
    int at = -1;
    for (String section : SECTIONS) {
      int next = text.indexOf(section, at + 1);
      assertThat(next).as("'%s' after position %d on page one:%n%s", section, at, text).isGreaterThan(at);
      at = next;
    }
  }

  static String pageOne(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      return stripper.getText(doc);
    }
  }

  @ParameterizedTest
  @EnumSource(VisitSummaryPdf.Paper.class)
  void aQuietDiaryAndABusyOneHaveTheSamePageOne(VisitSummaryPdf.Paper paper) throws IOException {
    VisitSummary quiet = summary(diary(patient("Q-1", "Quiet Case"), eightWeeks("")), List.of(), List.of());
    Path quietPdf = temp.resolve("quiet.pdf");
    new VisitSummaryPdf().on(paper).write(quiet, quietPdf);
    Path busyPdf = temp.resolve("busy.pdf");
    new VisitSummaryPdf().on(paper).write(busy(), busyPdf);

    String quietOne = pageOne(quietPdf);
    String busyOne = pageOne(busyPdf).replaceAll("\\s+", " ");
    assertSectionsInOrder(quietOne);
    assertSectionsInOrder(busyOne);
    assertThat(quietOne).contains(PageOne.NO_URGENCY);
    assertThat(busyOne).as("the banner, urgent first, with the consider clause")
        .contains("URGENT \u00b7 title of rule-00 \u00b7 3 nights, last 2025-03-03 \u00b7 consider review of rule-00")
        .contains("more open urgent or soon flag groups, details on page 2");
    assertThat(busyOne).as("the groups that do not fit are summed up, their page named")
        .contains("more groups (", "details on page 2");
    String redFlags = busyOne.substring(busyOne.indexOf(PageOne.Section.RED_FLAGS.heading()));
    assertThat(redFlags.indexOf("Title of rule-00")).as("urgent groups first")
        .isLessThan(redFlags.indexOf("Title of rule-02")).isLessThan(redFlags.indexOf("more groups ("));
    assertThat(busyOne).as("the tests, the notes cut with their page, the reviewer")
        .contains("Test 0 \u00b7 Test 1", "in full on page", "Dr Ada Example, Hill Surgery");
  }

  @ParameterizedTest
  @EnumSource(VisitSummaryPdf.Paper.class)
  void theDetailsPageOnePointsToAreOnThatPage(VisitSummaryPdf.Paper paper) throws IOException {
    Path pdf = temp.resolve("busy.pdf");
    new VisitSummaryPdf().on(paper).write(busy(), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(doc)).contains("Red flags to review (");
    }
    assertThat(pageOne(pdf)).contains("Red flags to review (").contains("details on page 2");
  }

  /** Twelve rules, the first three urgent, reviews on some, long notes, eight tests, a reviewer. */
  private static VisitSummary busy() {
    List<Flag> flags = new ArrayList<>();
    for (int rule = 0; rule < 12; rule++) {
      Urgency urgency = rule < 3 ? Urgency.URGENT : rule < 6 ? Urgency.SOON : Urgency.ROUTINE;
      for (int night = 0; night < 3; night++) {
        flags.add(flag("rule-" + (rule < 10 ? "0" : "") + rule, urgency, FIRST.plusDays(night + rule),
            "a long note about the legs on night " + night, "legs"));
      }
    }
    List<SuggestedTest> tests = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      tests.add(new SuggestedTest("t" + i, "Test " + i, "Reason " + i, "Basis " + i));
    }
    VisitSummary base = summary(diary(patient("B-1", "Busy Case with a rather long name to see it cut"),
        eightWeeks("")), flags, List.of());
    Findings findings = new Findings(base.findings().ruleSetVersion(), flags, tests, base.findings().figures());
    Flag acknowledged = flags.get(3);
    Review review = new Review(Map.of(acknowledged.key(), new ReviewDecision(acknowledged.key(),
        ReviewStatus.ACKNOWLEDGED, "", "", "Dr Ada", Instant.parse("2025-04-20T09:00:00Z"))),
        new VisitNotes("Discussed the evening walks. ".repeat(40), List.of()));
    return new VisitSummary(base.diary(), base.importReport(), findings, base.analysis(), review,
        new Clinician("Dr Ada Example", "Hill Surgery"), base.range(), base.provenance(), base.generatedAt(),
        base.programVersion());
  }
}
