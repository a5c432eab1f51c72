package org.rlsviewer.service;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import org.rlsviewer.report.PdfPages;

/**
 * The visit summary's pages as they will print, drawn from the same PDF the service writes and
 * prints, in the layout given. Nothing is recorded by previewing: the summary counts as issued only
 * when it is exported or printed ({@link DiaryService#issueSummary}, {@link DiaryService#printSummary}).
 * Blocking; the window renders off the Event Dispatch Thread, one page at a time, and closes it.
 */
public final class SummaryPreview implements Closeable {

  private final SummaryIssue issue;
  private final PdfLayout layout;
  private final PdfPages pages;

  SummaryPreview(SummaryIssue issue, PdfLayout layout, PdfPages pages) {
    this.issue = issue;
    this.layout = layout;
    this.pages = pages;
  }

  /** What was previewed: the summary that Export and Print from the preview issue. */
  public SummaryIssue issue() {
    return issue;
  }

  public PdfLayout layout() {
    return layout;
  }

  public int pageCount() {
    return pages.count();
  }

  /** The page's width in points (1/72 inch), for fitting it to a width on screen. */
  public float pageWidth(int index) {
    return pages.widthPoints(index);
  }

  public float pageHeight(int index) {
    return pages.heightPoints(index);
  }

  /** Page {@code index} (from 0) drawn at {@code scale} pixels to the point. */
  public BufferedImage page(int index, float scale) throws IOException {
    return pages.render(index, scale);
  }

  @Override
  public void close() throws IOException {
    pages.close();
  }
}
