package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print preview's pages are the issued PDF's pages, drawn one at a time, and previewing records nothing. */
class SummaryPreviewTest {

  @TempDir Path temp;
  private final DiaryService service =
      new DiaryService(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC), "test");

  @Test
  void thePagesAreThoseOfTheIssuedPdfInTheLayoutGivenAndNothingIsRecorded() throws Exception {
    OpenedDiary opened = service.open(Path.of("samples", "numbness-weakness.csv"));
    List<String> recorded = new ArrayList<>();
    VisitLog log = (key, printed, first, last) -> recorded.add(key + (printed ? " printed" : " exported"));
    for (PdfLayout layout : List.of(PdfLayout.defaults(),
        PdfLayout.defaults().on(PdfLayout.Paper.LETTER).withSections(EnumSet.noneOf(PdfLayout.Section.class)))) {
      Path pdf = temp.resolve(layout.paper() + "-" + layout.sections().size() + ".pdf");
      int issuedBefore = recorded.size();
      try (SummaryPreview preview = service.previewSummary(SummaryIssue.unreviewed(opened), layout)) {
        assertThat(recorded).as("previewing records nothing").hasSize(issuedBefore);
        service.issueSummary(preview.issue(), preview.layout(), pdf, log);
        try (PDDocument issued = Loader.loadPDF(pdf.toFile())) {
          assertThat(preview.pageCount()).isEqualTo(issued.getNumberOfPages());
          assertThat(preview.pageWidth(0)).isEqualTo(issued.getPage(0).getCropBox().getWidth());
          assertThat(preview.pageHeight(0)).isEqualTo(issued.getPage(0).getCropBox().getHeight());
          int last = preview.pageCount() - 1;
          for (int page : new int[] {0, last}) {
            BufferedImage shown = preview.page(page, 0.75f);
            BufferedImage printed = new PDFRenderer(issued).renderImage(page, 0.75f, ImageType.RGB);
            assertThat(shown.getWidth()).isEqualTo(Math.round(issued.getPage(page).getCropBox().getWidth() * 0.75f));
            assertThat(sameShare(shown, printed)).as("page %d as issued", page + 1).isGreaterThan(0.999);
            assertThat(inkShare(shown)).as("page %d has ink", page + 1).isGreaterThan(0.003);
          }
        }
      }
    }
    assertThat(recorded).containsExactly(opened.patientKey() + " exported", opened.patientKey() + " exported");
  }

  @Test
  void letterAndA4PagesDifferInSizeAsOnPaper() throws Exception {
    OpenedDiary opened = service.open(Path.of("samples", "numbness-weakness.csv"));
    try (SummaryPreview a4 = service.previewSummary(SummaryIssue.unreviewed(opened), PdfLayout.defaults());
        SummaryPreview letter = service.previewSummary(SummaryIssue.unreviewed(opened),
            PdfLayout.defaults().on(PdfLayout.Paper.LETTER))) {
      assertThat(a4.pageWidth(0)).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
      assertThat(letter.pageWidth(0)).isEqualTo(612f);
      assertThat(letter.pageHeight(0)).isEqualTo(792f);
    }
  }

  private static double sameShare(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return 0;
    }
    long same = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) == b.getRGB(x, y)) {
          same++;
        }
      }
    }
    return (double) same / ((long) a.getWidth() * a.getHeight());
  }

  private static double inkShare(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }
}
