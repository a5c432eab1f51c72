package org.rlsviewer.report;

import static org.rlsviewer.report.VisitSummaryPdf.BODY;
import static org.rlsviewer.report.VisitSummaryPdf.GENERATED;
import static org.rlsviewer.report.VisitSummaryPdf.SMALL;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.domain.figures.FigureFormat;
import org.rlsviewer.domain.figures.UrgencyBanner;
import org.rlsviewer.domain.figures.FlagGroup;
import org.rlsviewer.domain.figures.KeyFigureRow;
import org.rlsviewer.report.PdfCanvas.Run;

/**
 * Page one of the visit summary, the same sections in the same order for every patient (as the AGP
 * report is for glucose): the urgency banner, patient and period, key figures, the severity chart
 * with its flag marks, the trial verdict, red flags then cautions, the tests, the clinician's notes,
 * a sign-off line and the decision-support line. Every part has a fixed number of lines at most, so
 * the page never runs over: what does not fit is summed up and its page in the details named.
 */
final class PageOne {

  private static final float HEADING = 10.5f;
  private static final float LABEL_WIDTH = 80f;
  private static final float CHART_HEIGHT = 150f;

  /** Page one's sections with a fixed heading, in their order (also what the tests read back). */
  enum Section {
    KEY_FIGURES, CHART, TRIAL, RED_FLAGS, CAUTIONS, NOTES;

    String heading() {
      return switch (this) {
        case KEY_FIGURES -> "Key figures";
        case CHART -> "Nightly severity and flagged nights";
        case TRIAL -> "Magnesium trial verdict";
        case RED_FLAGS -> "Red flags to review";
        case CAUTIONS -> "Cautions to review";
        case NOTES -> "Clinician\u2019s notes";
      };
    }

    /**
     * Draws the heading, {@code more} (counts, a page reference) after it, keeping the room for the
     * chart or a first line free below it, so a heading never ends a page alone.
     */
    void draw(PdfCanvas canvas, String more) throws IOException {
      canvas.heading(heading() + more, HEADING, this == CHART ? CHART_HEIGHT : 12);
    }
  }

  static final String SIGN_OFF = "Reviewed by:";
  static final String NO_URGENCY = "No urgent or soon flag open";
  private static final int BANNER_LINES = 4;
  private static final int RED_FLAG_LINES = 4;
  private static final int CAUTION_LINES = 2;
  private static final int TEST_LINES = 2;
  private static final int NOTE_LINES = 2;

  /** Where the details of page one's summaries begin, counted from 1. */
  record DetailPages(int flags, int tests, int notes) {}

  private PageOne() {}

  static void draw(PdfCanvas canvas, PDDocument doc, ReportFonts.Pair fonts, VisitSummary summary,
      DetailPages pages) throws IOException {
    canvas.paragraph(List.of(Run.bold(VisitSummaryPdf.TITLE)), 16f, 0);
    canvas.gap(2);
    canvas.rule(new Color(0x1F, 0x5F, 0xA8), 1.2f);
    canvas.gap(3);
    banner(canvas, summary, pages);
    canvas.gap(2);
    patientAndPeriod(canvas, summary);
    Section.KEY_FIGURES.draw(canvas, "");
    for (KeyFigureRow row : KeyFigureRow.of(summary.findings().figures(), FigureFormat.DISPLAY)) {
      canvas.labelled(row.label(), List.of(Run.plain(row.value())), BODY, 120f);
    }
    Section.CHART.draw(canvas, "");
    Diary diary = summary.diary();
    if (diary.entries().isEmpty()) {
      canvas.lines(List.of(Run.plain("No nights to chart: " + (summary.range().isAll()
          ? "the diary has no nights. Ask the patient to log a few weeks of nights and open the diary again."
          : "no nights in the chosen range. Choose a wider range of nights."))), BODY, 0, 2);
    } else {
      NightSections.drawChart(canvas, doc, fonts, DiaryCharts.severityByNight(diary,
          ChartMarks.of(summary.findings(), summary.review().notes().bookmarks())), CHART_HEIGHT);
    }
    Section.TRIAL.draw(canvas, "");
    List<Run> trial = summary.analysis().isPresent()
        ? AnalysisSections.trialInOneLine(summary.analysis().get().trial())
        : List.of(Run.plain("not analysed for this summary"));
    // the caveat on a line of its own, so a long verdict never pushes it off the page
    String caveat = "; " + org.rlsviewer.domain.TrialAnalysis.CAVEAT_SHORT;
    canvas.lines(trial.stream().filter(r -> !r.text().equals(caveat)).toList(), BODY, 0, 2);
    if (trial.stream().anyMatch(r -> r.text().equals(caveat))) {
      canvas.lines(List.of(new Run(caveat.substring(2), false, PdfCanvas.MUTED)), SMALL, 0, 1);
    }
    Findings findings = summary.findings();
    flags(canvas, Section.RED_FLAGS, findings.redFlags(), summary, RED_FLAG_LINES, pages.flags());
    flags(canvas, Section.CAUTIONS, findings.cautions(), summary, CAUTION_LINES, pages.flags());
    tests(canvas, findings, summary.review().notes(), pages.tests());
    notes(canvas, summary.review().notes(), pages.notes());
    signOff(canvas, summary);
    canvas.gap(3);
    canvas.lines(List.of(new Run(VisitSummaryPdf.DISCLAIMER, false, PdfCanvas.MUTED)), SMALL, 0, 2);
  }

  private static void banner(PdfCanvas canvas, VisitSummary summary, DetailPages pages) throws IOException {
    List<UrgencyBanner.Line> lines = UrgencyBanner.of(summary.findings().flags(), summary.review()).lines();
    if (lines.isEmpty()) {
      canvas.band(List.of(List.of(new Run(NO_URGENCY + " \u00b7 the flags below are routine or reviewed",
          false, PdfCanvas.TEXT))), new Color(0xF2, 0xF2, 0xF2), new Color(0xBB, 0xBB, 0xBB), BODY, 1);
      return;
    }
    // each group takes one or two lines; the last line left counts the groups that did not fit
    List<List<Run>> shown = new ArrayList<>();
    int used = 0;
    int i = 0;
    for (; i < lines.size(); i++) {
      List<Run> item = List.of(new Run(lines.get(i).urgency().mark() + " " + lines.get(i).text(), true,
          Color.WHITE));
      int needs = Math.min(2, canvas.lineCount(item, BODY, 8));
      boolean last = i == lines.size() - 1;
      if (used + needs > BANNER_LINES - (last ? 0 : 1)) {
        break;
      }
      shown.add(item);
      used += needs;
    }
    if (i < lines.size()) {
      shown.add(List.of(new Run("\u2026 and " + (lines.size() - i) + " more open urgent or soon "
          + (lines.size() - i == 1 ? "flag group" : "flag groups") + ", details on page " + pages.flags(), false,
          Color.WHITE)));
    }
    Urgency top = lines.get(0).urgency();
    Color fill = top == Urgency.URGENT ? VisitSummaryPdf.colour(Urgency.URGENT) : new Color(0x6B, 0x3A, 0x06);
    canvas.band(shown, fill, fill, BODY, 2);
  }

  private static void patientAndPeriod(PdfCanvas canvas, VisitSummary summary) throws IOException {
    Diary diary = summary.diary();
    Patient patient = diary.patient();
    LocalDate today = summary.generatedAt().toLocalDate();
    List<Run> who = new ArrayList<>();
    who.add(Run.bold(patient.name().isEmpty() ? "Name not given" : patient.name()));
    who.add(Run.plain(" \u00b7 id " + (patient.id().isEmpty() ? "not given" : patient.id())
        + " \u00b7 born " + patient.birthDate().map(b -> b + " (age " + patient.ageOn(today).orElseThrow() + ")")
            .orElse("not given")
        + (patient.sex().isEmpty() ? "" : " \u00b7 " + patient.sex())));
    labelledLine(canvas, "Patient", who);
    String period = diary.firstNight()
        .map(f -> f + " to " + diary.lastNight().orElseThrow() + " ("
            + FigureFormat.plural(diary.nightsInPeriod(), "night") + ")")
        .orElse(summary.range().isAll() ? "no nights imported" : "no nights in this range");
    if (!summary.range().isAll()) {
      labelledLine(canvas, "Range shown", List.of(Run.bold(summary.range().label()),
          Run.plain(" (a chosen range: figures, flags and charts cover only these nights)")));
    }
    labelledLine(canvas, "Diary period", List.of(Run.plain(period)));
    var report = summary.importReport();
    labelledLine(canvas, "Source", List.of(Run.plain(report.sourceName() + ": "
        + FigureFormat.plural(report.imported(), "row") + " imported, " + report.rejected().size()
        + " not imported \u00b7 generated " + GENERATED.format(summary.generatedAt()) + ", rule set "
        + summary.findings().ruleSetVersion())));
  }

  private static void labelledLine(PdfCanvas canvas, String label, List<Run> value) throws IOException {
    canvas.labelled(label, value, BODY, LABEL_WIDTH, 1);
  }

  /**
   * One line per group of flags (rule and wording), urgent first, with its nights counted; when
   * there are more groups than lines, the last line counts the rest and names their page.
   */
  private static void flags(PdfCanvas canvas, Section section, List<Flag> flags, VisitSummary summary,
      int maxLines, int detailsPage) throws IOException {
    List<FlagGroup> groups = new ArrayList<>(FlagGroup.of(flags, true));
    groups.sort(java.util.Comparator.comparing((FlagGroup g) -> g.first().urgency()));
    int open = summary.review().openCount(flags);
    section.draw(canvas, flags.isEmpty() ? " (none)" : " (" + FigureFormat.plural(flags.size(), "flag")
        + " in " + FigureFormat.plural(groups.size(), "group") + ", " + open + " open) \u00b7 details on page "
        + detailsPage);
    if (flags.isEmpty()) {
      canvas.lines(List.of(new Run("None found in this diary by rule set " + summary.findings().ruleSetVersion()
          + ".", false, PdfCanvas.MUTED)), BODY, 0, 1);
      return;
    }
    int room = groups.size() > maxLines ? maxLines - 1 : groups.size();
    for (FlagGroup group : groups.subList(0, room)) {
      Flag first = group.first();
      TreeSet<String> nights = new TreeSet<>(group.nights());
      int groupOpen = summary.review().openCount(group.flags());
      canvas.ensureSpace(BODY * 1.3f);
      float tagWidth = canvas.tag(first.urgency().tag(), VisitSummaryPdf.colour(first.urgency()),
          VisitSummaryPdf.textColour(first.urgency()), 7f);
      canvas.lines(List.of(Run.bold(first.title() + (first.possible() ? " " + CertaintyText.TAG : "")),
          new Run(" \u00b7 " + FigureFormat.plural(nights.size(), "night") + ", last " + nights.last()
              + " \u00b7 " + (groupOpen == group.flags().size() ? "open" : groupOpen + " of "
              + group.flags().size() + " open"), false, PdfCanvas.MUTED)), BODY, tagWidth + 5, 1);
      canvas.gap(1);
    }
    if (room < groups.size()) {
      List<FlagGroup> rest = groups.subList(room, groups.size());
      int nights = (int) rest.stream().flatMap(g -> g.nights().stream()).distinct().count();
      canvas.lines(List.of(new Run("\u2026 and " + FigureFormat.plural(rest.size(), "more group") + " ("
          + FigureFormat.plural(nights, "night") + "): " + String.join(", ", rest.stream()
              .map(g -> g.first().title()).distinct().toList()), false, PdfCanvas.TEXT)), BODY, 0, 1);
    }
  }

  /** The tests the clinician ticked, or every suggested test when none was ticked, by name. */
  private static void tests(PdfCanvas canvas, Findings findings, VisitNotes notes, int detailsPage)
      throws IOException {
    List<SuggestedTest> ticked = findings.tests().stream().filter(t -> notes.tickedTests().contains(t.id())).toList();
    List<SuggestedTest> shown = ticked.isEmpty() ? findings.tests() : ticked;
    String heading = ticked.isEmpty() ? "Suggested tests to consider (" + shown.size() + ")"
        : "Tests chosen by the clinician (" + shown.size() + " of " + findings.tests().size() + " suggested)";
    canvas.heading(heading + (shown.isEmpty() ? "" : " \u00b7 reasons on page " + detailsPage), HEADING, 12);
    if (shown.isEmpty()) {
      canvas.lines(List.of(new Run("None suggested by the rules for this diary.", false, PdfCanvas.MUTED)),
          BODY, 0, 1);
      return;
    }
    canvas.lines(List.of(Run.plain(String.join(" \u00b7 ", shown.stream().map(SuggestedTest::name).toList()))),
        BODY, 0, TEST_LINES);
  }

  private static void notes(PdfCanvas canvas, VisitNotes notes, int detailsPage) throws IOException {
    String text = String.join(" ", notes.notes().strip().split("\\R"));
    boolean fits = !text.isBlank() && canvas.lineCount(List.of(Run.plain(text)), BODY, 0) <= NOTE_LINES;
    Section.NOTES.draw(canvas, text.isBlank() || fits ? "" : detailsPage > 0 ? " \u00b7 in full on page " + detailsPage
        : " \u00b7 cut here; the full notes are left out of this summary");
    if (text.isBlank()) {
      canvas.lines(List.of(new Run("None written in the program.", false, PdfCanvas.MUTED)), BODY, 0, 1);
      return;
    }
    canvas.lines(List.of(Run.plain(text)), BODY, 0, NOTE_LINES);
  }

  private static void signOff(PdfCanvas canvas, VisitSummary summary) throws IOException {
    canvas.gap(6);
    String who = summary.clinician().isKnown() ? String.join(", ", Stream.of(summary.clinician().name(),
        summary.clinician().clinic()).filter(t -> !t.isEmpty()).toList()) : "______________________________";
    canvas.lines(List.of(Run.bold(SIGN_OFF + " "), Run.plain(who + "     "), Run.bold("Date: "),
        Run.plain("______________     "), Run.bold("Signature: "), Run.plain("______________________")),
        BODY, 0, 1);
  }
}
