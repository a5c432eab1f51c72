package org.rlsviewer.ui;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import javax.print.PrintServiceLookup;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.rlsviewer.service.PdfLayout;

/**
 * Prints exactly the visit summary PDF: the document is laid out for the paper chosen in the
 * print dialog and handed to the printer page by page through PDFBox's pageable.
 */
final class SummaryPrinter {

  private SummaryPrinter() {}

  static boolean anyPrinter() {
    return PrintServiceLookup.lookupPrintServices(null, null).length > 0
        || PrintServiceLookup.lookupDefaultPrintService() != null;
  }

  static MediaSizeName media(PdfLayout.Paper paper) {
    return paper == PdfLayout.Paper.LETTER ? MediaSizeName.NA_LETTER : MediaSizeName.ISO_A4;
  }

  /** The paper the dialog settled on: Letter (and US legal sizes) as Letter, anything else A4. */
  static PdfLayout.Paper paper(PrintRequestAttributeSet attributes, PdfLayout.Paper fallback) {
    Object media = attributes.get(Media.class);
    if (media == null) {
      return fallback;
    }
    return media == MediaSizeName.NA_LETTER || media == MediaSizeName.NA_LEGAL
        ? PdfLayout.Paper.LETTER : PdfLayout.Paper.A4;
  }

  /** Sends the document to the job's printer; blocking, so called off the Event Dispatch Thread. */
  static void print(PrinterJob job, PDDocument summary, PrintRequestAttributeSet attributes)
      throws PrinterException {
    job.setPageable(new PDFPageable(summary));
    job.print(attributes);
  }
}
