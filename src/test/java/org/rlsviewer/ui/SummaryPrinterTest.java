package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rlsviewer.report.VisitSummaryPdf;
import org.rlsviewer.service.PdfLayout;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;

/** Printing sends every page of the summary PDF, checked on a PostScript print service. */
class SummaryPrinterTest {

  @ParameterizedTest
  @EnumSource(PdfLayout.Paper.class)
  void everyPageOfTheSummaryReachesThePrinterOnTheChosenPaper(PdfLayout.Paper paper) throws Exception {
    DiaryService service = new DiaryService(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")),
        "test");
    OpenedDiary opened = service.open(Path.of("samples", "snoring-pauses.csv"));
    ByteArrayOutputStream postscript = new ByteArrayOutputStream();
    StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
        DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
    assertThat(factories).isNotEmpty();
    StreamPrintService printer = factories[0].getPrintService(postscript);
    PrinterJob job = PrinterJob.getPrinterJob();
    job.setPrintService(printer);
    PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
    attributes.add(SummaryPrinter.media(paper));

    int pages;
    try (PDDocument doc = new VisitSummaryPdf().on(VisitSummaryPdf.Paper.valueOf(SummaryPrinter.paper(attributes, PdfLayout.Paper.A4).name()))
        .document(service.summaryOf(opened))) {
      pages = doc.getNumberOfPages();
      SummaryPrinter.print(job, doc, attributes);
    }

    String ps = postscript.toString(StandardCharsets.ISO_8859_1);
    Matcher page = Pattern.compile("(?m)^%%Page: ").matcher(ps);
    int printed = 0;
    while (page.find()) {
      printed++;
    }
    assertThat(printed).as("pages in the PostScript").isEqualTo(pages).isGreaterThan(1);
    String size = paper == PdfLayout.Paper.LETTER ? "/PageSize [612.0 792.0]" : "/PageSize [595.2";
    assertThat(ps).contains(size);
  }

  @Test
  void thePrintDialogsPaperChoiceDecidesTheLayout() {
    PrintRequestAttributeSet letter = new HashPrintRequestAttributeSet();
    letter.add(MediaSizeName.NA_LETTER);
    PrintRequestAttributeSet a4 = new HashPrintRequestAttributeSet();
    a4.add(MediaSizeName.ISO_A4);

    assertThat(SummaryPrinter.paper(letter, PdfLayout.Paper.A4)).isEqualTo(PdfLayout.Paper.LETTER);
    assertThat(SummaryPrinter.paper(a4, PdfLayout.Paper.LETTER)).isEqualTo(PdfLayout.Paper.A4);
    assertThat(SummaryPrinter.paper(new HashPrintRequestAttributeSet(), PdfLayout.Paper.LETTER))
        .isEqualTo(PdfLayout.Paper.LETTER);
  }
}
