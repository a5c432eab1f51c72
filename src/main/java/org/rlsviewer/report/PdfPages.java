package org.rlsviewer.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF drawn as images, one page at a time, for a preview on screen. The document is
 * read back from the bytes it saves to, so what is drawn is the file as written (fonts subset,
 * exactly as a viewer or printer gets it), not the document still being built.
 */
public final class PdfPages implements Closeable {

  private final PDDocument saved;
  private final PDFRenderer renderer;

  private PdfPages(PDDocument saved) {
    this.saved = saved;
    this.renderer = new PDFRenderer(saved);
  }

  /** The pages of the document as saved; closes {@code built}. */
  public static PdfPages of(PDDocument built) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (built) {
      built.save(bytes);
    }
    return new PdfPages(Loader.loadPDF(bytes.toByteArray()));
  }

  public int count() {
    return saved.getNumberOfPages();
  }

  /** The page's width in points (1/72 inch). */
  public float widthPoints(int index) {
    return box(index).getWidth();
  }

  /** The page's height in points (1/72 inch). */
  public float heightPoints(int index) {
    return box(index).getHeight();
  }

  private PDRectangle box(int index) {
    return saved.getPage(index).getCropBox();
  }

  /**
   * Draws one page, {@code scale} pixels to the point (1 is 72 dpi), on white. Slow for a page
   * with charts, so never on the Event Dispatch Thread; one page at a time.
   */
  public synchronized BufferedImage render(int index, float scale) throws IOException {
    return renderer.renderImage(index, scale, ImageType.RGB);
  }

  @Override
  public synchronized void close() throws IOException {
    saved.close();
  }
}
