package org.rlsviewer.report;

import static org.rlsviewer.report.VisitSummaryPdf.BODY;
import static org.rlsviewer.report.VisitSummaryPdf.SMALL;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitSummary;
import org.rlsviewer.report.PdfCanvas.Run;

/** The charts, the bookmarked nights that key them, and every flagged night in full. */
final class NightSections {

  /** The "flagged nights in full" section shows at most this many nights, the latest. */
  static final int FLAGGED_NIGHTS_SHOWN = 60;
  static final List<PdfCanvas.Column> FLAGGED_COLUMNS = List.of(new PdfCanvas.Column("Night, rules", 1.3f),
      new PdfCanvas.Column("Severity", 0.85f), new PdfCanvas.Column("Sleep", 1.35f),
      new PdfCanvas.Column("Magnesium", 1.05f), new PdfCanvas.Column("What the patient wrote", 3.45f));

  private NightSections() {}

  /**
   * The clinician's bookmarks among the nights shown, with the labels the severity chart gives them.
   * Listed under the chart, as its key; when the charts are left out, with the clinician's notes.
   */
  static void bookmarks(PdfCanvas canvas, VisitSummary summary) throws IOException {
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

  static void chart(PdfCanvas canvas, PDDocument doc, ReportFonts.Pair fonts, String title,
      JFreeChart chart, Diary diary) throws IOException {
    float height = Math.min(220f, canvas.width() * 0.45f);
    canvas.heading(title, 12f, height + 8);
    if (diary.entries().isEmpty()) {
      canvas.paragraph(List.of(Run.plain("No nights to chart.")), BODY, 0);
      return;
    }
    drawChart(canvas, doc, fonts, chart, height);
  }

  /** A chart across the text width, its text in the embedded fonts. */
  static void drawChart(PdfCanvas canvas, PDDocument doc, ReportFonts.Pair fonts, JFreeChart chart, float height)
      throws IOException {
    float width = canvas.width();
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
  static void flaggedNights(PdfCanvas canvas, VisitSummary summary) throws IOException {
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
    canvas.table(FLAGGED_COLUMNS, rows, SMALL);
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

}
