package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.report.PdfCanvas.Column;
import org.rlsviewer.report.PdfCanvas.Run;

/** Tables: headings never broken inside a word, rows never split across pages. */
class PdfTablesTest {

  @TempDir Path temp;

  private static final Map<String, List<Column>> TABLES = Map.of(
      "weekly", AnalysisSections.WEEK_COLUMNS,
      "trial periods", AnalysisSections.TRIAL_PERIOD_COLUMNS,
      "trial measures", AnalysisSections.MEASURE_COLUMNS,
      "lifestyle", AnalysisSections.LIFESTYLE_COLUMNS,
      "IRLS", AnalysisSections.IRLS_COLUMNS,
      "flagged nights", NightSections.FLAGGED_COLUMNS);

  @Test
  void everyHeadingWordOfEveryTableFitsItsColumnOnEitherPaper() throws IOException {
    for (PDRectangle paper : List.of(PDRectangle.A4, PDRectangle.LETTER)) {
      try (PDDocument doc = new PDDocument(); PdfCanvas canvas = new PdfCanvas(doc, paper,
          ReportFonts.embedIn(doc))) {
        TABLES.forEach((table, columns) -> {
          float size = table.equals("weekly") ? AnalysisSections.WEEK_SIZE : VisitSummaryPdf.SMALL;
          try {
            float[] widths = canvas.columnWidths(columns, size, 3f);
            float total = 0;
            for (int c = 0; c < widths.length; c++) {
              total += widths[c];
              for (String word : columns.get(c).heading().split(" ")) {
                assertThat(canvas.textWidth(word, true, size)).as("'%s' in the %s table on %s", word, table, paper)
                    .isLessThanOrEqualTo(widths[c] - 6f);
              }
            }
            assertThat(total).as("the %s table spans the text width", table).isCloseTo(canvas.width(),
                org.assertj.core.data.Offset.offset(0.5f));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }
    }
  }

  @Test
  void theWeeklyHeadingIsReadBackWordByWord() throws IOException {
    Path pdf = temp.resolve("weekly.pdf");
    try (PDDocument doc = new PDDocument()) {
      try (PdfCanvas canvas = new PdfCanvas(doc, PDRectangle.A4, ReportFonts.embedIn(doc))) {
        canvas.table(AnalysisSections.WEEK_COLUMNS, List.of(), AnalysisSections.WEEK_SIZE);
      }
      doc.save(pdf.toFile());
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      assertThat(stripper.getText(doc).lines().findFirst().orElseThrow())
          .contains("Week", "Severity", "Symptoms", "Caffeine", "Alcohol", "Exercise", "Magnesium");
    }
  }

  @Test
  void aRowIsNeverSplitAcrossPages() throws IOException {
    List<List<List<Run>>> rows = new ArrayList<>();
    for (int r = 0; r < 60; r++) {
      String id = String.format("r%02d", r);
      rows.add(List.of(List.of(Run.plain(id)),
          List.of(Run.plain(id + "a " + id + "b " + id + "c " + id + "d " + id + "e " + id + "f " + id + "g"))));
    }
    Path pdf = temp.resolve("rows.pdf");
    try (PDDocument doc = new PDDocument()) {
      try (PdfCanvas canvas = new PdfCanvas(doc, PDRectangle.A4, ReportFonts.embedIn(doc))) {
        canvas.newPage();
        canvas.gap(300);
        // the second column is narrow, so each row takes seven lines
        canvas.table(List.of(new Column("Row", 5f), new Column("Lines", 0.35f)), rows, VisitSummaryPdf.SMALL);
        canvas.finish("rows", "test");
      }
      doc.save(pdf.toFile());
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      for (int r = 0; r < 60; r++) {
        String id = String.format("r%02d", r);
        List<Integer> on = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
          if (pages.get(p).contains(id + "a") || pages.get(p).contains(id + "g")) {
            on.add(p);
          }
        }
        assertThat(on).as("pages holding row %s", id).hasSize(1);
        assertThat(pages.get(on.get(0))).contains(id + "a", id + "b", id + "c", id + "d", id + "e", id + "f", id + "g");
      }
    }
  }
}
