package org.rlsviewer.report;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Flowing layout on PDF pages: text wrapped to the margins, a new page whenever the next block would
 * not fit, and nothing drawn outside the text area. Page furniture (running header, "page x of y")
 * is stamped on every page by {@link #finish} once the page count is known.
 */
final class PdfCanvas implements Closeable {

  static final float MARGIN = 50f;
  private static final float HEADER_BAND = 22f;
  private static final float FOOTER_BAND = 24f;
  static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
  static final Color MUTED = new Color(0x5F, 0x63, 0x68);

  /** A stretch of text in one face and colour; wrapped together with its neighbours. */
  record Run(String text, boolean bold, Color colour) {
    static Run plain(String text) {
      return new Run(text, false, TEXT);
    }

    static Run bold(String text) {
      return new Run(text, true, TEXT);
    }
  }

  private final PDDocument doc;
  private final PDRectangle pageSize;
  private final ReportFonts.Pair fonts;
  private final PdfText measure;
  private PDPageContentStream out;
  private float y;
  /** While set, the layout stays on the current page: needing another is a bug (page one is fixed). */
  private boolean heldOnPage;

  PdfCanvas(PDDocument doc, PDRectangle pageSize, ReportFonts.Pair fonts) {
    this.doc = doc;
    this.pageSize = pageSize;
    this.fonts = fonts;
    this.measure = new PdfText(fonts);
  }

  float width() {
    return pageSize.getWidth() - 2 * MARGIN;
  }

  private float top() {
    return pageSize.getHeight() - MARGIN - HEADER_BAND;
  }

  private float bottom() {
    return MARGIN + FOOTER_BAND;
  }

  /** Starts a new page if fewer than {@code height} points remain (or no page exists yet). */
  void ensureSpace(float height) throws IOException {
    if (out == null || y - height < bottom()) {
      if (heldOnPage) {
        throw new IllegalStateException("the layout overflows a page that must stay one page");
      }
      newPage();
    }
  }

  /** The page the cursor is on, counted from 1. */
  int pageNumber() {
    return doc.getNumberOfPages();
  }

  /** Points left above the footer on the current page. */
  float remaining() {
    return y - bottom();
  }

  /**
   * Goes back to the top of an earlier page (index from 0), to fill a page left blank while the
   * pages after it were laid out; the layout is then held on that page.
   */
  void resumeOn(int pageIndex) throws IOException {
    close();
    out = new PDPageContentStream(doc, doc.getPage(pageIndex), AppendMode.APPEND, true, true);
    y = top();
    heldOnPage = true;
  }

  void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(pageSize);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = top();
  }

  void gap(float points) {
    y -= points;
  }

  /** A section heading, kept on the same page as at least {@code keepWith} points that follow. */
  void heading(String text, float size, float keepWith) throws IOException {
    ensureSpace(size * 1.6f + keepWith);
    gap(size * 0.4f);
    paragraph(List.of(Run.bold(text)), size, 0);
    gap(size * 0.2f);
  }

  void paragraph(List<Run> runs, float size, float indent) throws IOException {
    float leading = size * 1.3f;
    for (List<PdfText.Piece> line : measure.wrap(runs, size, width() - indent)) {
      ensureSpace(leading);
      y -= leading;
      drawLine(line, MARGIN + indent, size);
    }
  }

  /**
   * Text wrapped to at most {@code maxLines} lines; what does not fit is cut at the last line with an
   * ellipsis. Returns whether everything was shown.
   */
  boolean lines(List<Run> runs, float size, float indent, int maxLines) throws IOException {
    float leading = size * 1.3f;
    List<List<PdfText.Piece>> wrapped = measure.wrap(runs, size, width() - indent);
    boolean all = wrapped.size() <= maxLines;
    if (!all) {
      wrapped = new ArrayList<>(wrapped.subList(0, maxLines));
      wrapped.set(maxLines - 1, measure.withEllipsis(wrapped.get(maxLines - 1), size, width() - indent));
    }
    for (List<PdfText.Piece> line : wrapped) {
      ensureSpace(leading);
      y -= leading;
      drawLine(line, MARGIN + indent, size);
    }
    return all;
  }

  /**
   * A framed band across the text width holding a few items of text, each wrapped to at most
   * {@code maxLinesEach} lines, e.g. the urgency banner: a dark fill with light words when it warns,
   * so it stays the darkest thing on a grey-scale print.
   */
  void band(List<List<Run>> items, Color fill, Color frame, float size, int maxLinesEach) throws IOException {
    float leading = size * 1.3f;
    float pad = 4f;
    List<List<PdfText.Piece>> lines = new ArrayList<>();
    for (List<Run> item : items) {
      List<List<PdfText.Piece>> wrapped = measure.wrap(item, size, width() - 2 * pad);
      if (wrapped.size() > maxLinesEach) {
        wrapped = new ArrayList<>(wrapped.subList(0, maxLinesEach));
        wrapped.set(maxLinesEach - 1,
            measure.withEllipsis(wrapped.get(maxLinesEach - 1), size, width() - 2 * pad));
      }
      lines.addAll(wrapped);
    }
    float h = lines.size() * leading + 2 * pad;
    ensureSpace(h + 2);
    out.setNonStrokingColor(fill);
    out.addRect(MARGIN, y - h, width(), h);
    out.fill();
    out.setStrokingColor(frame);
    out.setLineWidth(0.8f);
    out.addRect(MARGIN, y - h, width(), h);
    out.stroke();
    y -= pad;
    for (List<PdfText.Piece> line : lines) {
      y -= leading;
      drawLine(line, MARGIN + pad, size);
    }
    y -= pad + 2;
  }

  /** A label in a fixed-width column with its value wrapped beside it. */
  void labelled(String label, List<Run> value, float size, float labelWidth) throws IOException {
    labelled(label, value, size, labelWidth, Integer.MAX_VALUE);
  }

  /** As {@link #labelled(String, List, float, float)}, the value cut to at most {@code maxLines}. */
  void labelled(String label, List<Run> value, float size, float labelWidth, int maxLines) throws IOException {
    ensureSpace(size * 1.3f);
    out.beginText();
    out.setFont(fonts.regular(), size);
    out.setNonStrokingColor(MUTED);
    out.newLineAtOffset(MARGIN, y - size * 1.3f + size * 0.25f);
    out.showText(measure.fit(label, fonts.regular(), size, labelWidth - 6));
    out.endText();
    lines(value, size, labelWidth, maxLines);
  }

  /** The width of text in the regular or bold face. */
  float textWidth(String text, boolean bold, float size) throws IOException {
    PDFont font = bold ? fonts.bold() : fonts.regular();
    return measure.width(measure.clean(text, font), font, size);
  }

  /** How many lines the text takes when wrapped to the margins. */
  int lineCount(List<Run> runs, float size, float indent) throws IOException {
    return measure.wrap(runs, size, width() - indent).size();
  }

  /** A table column: its heading and its share of the text width. */
  record Column(String heading, float share) {}

  /**
   * A table whose rows wrap inside their cells. A row is kept on one page (a new page, its heading
   * row repeated, starts before a row that would not fit); only a row taller than a whole page
   * breaks line by line, so even a very long note cannot overflow. Headings break only between
   * words: each column is at least as wide as its longest heading word.
   */
  void table(List<Column> columns, List<List<List<Run>>> rows, float size) throws IOException {
    float leading = size * 1.3f;
    float pad = 3f;
    float[] widths = columnWidths(columns, size, pad);
    List<List<Run>> headings = columns.stream().map(c -> List.of(Run.bold(c.heading()))).toList();
    List<List<List<PdfText.Piece>>> headingLines = wrapCells(headings, widths, size, pad);
    float headingHeight = leading * lineCount(headingLines) + 2 * pad;
    ensureSpace(headingHeight + leading + 2 * pad);
    tableHeading(headingLines, widths, leading, pad);
    for (List<List<Run>> row : rows) {
      List<List<List<PdfText.Piece>>> cells = wrapCells(row, widths, size, pad);
      int lines = lineCount(cells);
      float rowHeight = leading * lines + 2 * pad;
      boolean fitsAPage = rowHeight <= top() - bottom() - headingHeight;
      if (y - (fitsAPage ? rowHeight : leading * Math.min(lines, 2) + pad) < bottom()) {
        newPage();
        tableHeading(headingLines, widths, leading, pad);
      }
      y -= pad;
      for (int line = 0; line < lines; line++) {
        if (y - leading < bottom()) {
          newPage();
          tableHeading(headingLines, widths, leading, pad);
        }
        y -= leading;
        drawCellLine(cells, line, widths, size, pad);
      }
      y -= pad;
      hairline(new Color(0xDD, 0xDD, 0xDD));
    }
  }

  /**
   * The columns' widths: their shares of the text width, then widened where the longest word of the
   * heading would not fit, the room taken from the columns that have some to spare.
   */
  float[] columnWidths(List<Column> columns, float size, float pad) throws IOException {
    float total = (float) columns.stream().mapToDouble(Column::share).sum();
    float[] widths = new float[columns.size()];
    float[] least = new float[columns.size()];
    float needed = 0;
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width() * columns.get(c).share() / total;
      for (String part : columns.get(c).heading().split(" ")) {
        float word = measure.width(measure.clean(part, fonts.bold()), fonts.bold(), size);
        least[c] = Math.max(least[c], word + 2 * pad + 0.5f);
      }
      needed += least[c];
    }
    if (needed > width()) {
      return widths;
    }
    float missing = 0;
    float spare = 0;
    for (int c = 0; c < widths.length; c++) {
      missing += Math.max(0, least[c] - widths[c]);
      spare += Math.max(0, widths[c] - least[c]);
    }
    if (missing == 0) {
      return widths;
    }
    float[] fitted = new float[widths.length];
    for (int c = 0; c < widths.length; c++) {
      fitted[c] = widths[c] < least[c] ? least[c]
          : widths[c] - (widths[c] - least[c]) * missing / spare;
    }
    return fitted;
  }

  private void tableHeading(List<List<List<PdfText.Piece>>> lines, float[] widths, float leading, float pad)
      throws IOException {
    y -= pad;
    for (int line = 0; line < lineCount(lines); line++) {
      y -= leading;
      drawCellLine(lines, line, widths, leading / 1.3f, pad);
    }
    y -= pad;
    hairline(MUTED);
  }

  private List<List<List<PdfText.Piece>>> wrapCells(List<List<Run>> cells, float[] widths, float size, float pad)
      throws IOException {
    List<List<List<PdfText.Piece>>> wrapped = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      List<Run> cell = c < cells.size() ? cells.get(c) : List.of();
      wrapped.add(measure.wrap(cell, size, widths[c] - 2 * pad));
    }
    return wrapped;
  }

  private static int lineCount(List<List<List<PdfText.Piece>>> cells) {
    return cells.stream().mapToInt(List::size).max().orElse(1);
  }

  private void drawCellLine(List<List<List<PdfText.Piece>>> cells, int line, float[] widths, float size, float pad)
      throws IOException {
    float x = MARGIN;
    for (int c = 0; c < widths.length; c++) {
      List<List<PdfText.Piece>> cell = cells.get(c);
      if (line < cell.size()) {
        drawLine(cell.get(line), x + pad, size);
      }
      x += widths[c];
    }
  }

  private void drawLine(List<PdfText.Piece> line, float x, float size) throws IOException {
    for (PdfText.Piece piece : line) {
      PDFont font = piece.bold() ? fonts.bold() : fonts.regular();
      out.beginText();
      out.setFont(font, size);
      out.setNonStrokingColor(piece.colour());
      out.newLineAtOffset(x, y + size * 0.25f);
      out.showText(piece.text());
      out.endText();
      x += piece.width();
    }
  }

  private void hairline(Color colour) throws IOException {
    out.setNonStrokingColor(colour);
    out.addRect(MARGIN, y, width(), 0.5f);
    out.fill();
  }

  /** A filled rule across the text width, e.g. under the title. */
  void rule(Color colour, float thickness) throws IOException {
    ensureSpace(thickness + 4);
    y -= 2;
    out.setNonStrokingColor(colour);
    out.addRect(MARGIN, y - thickness, width(), thickness);
    out.fill();
    y -= thickness + 2;
  }

  /** A small coloured tag (e.g. an urgency label) at the left margin of the next line. */
  float tag(String text, Color background, Color foreground, float size) throws IOException {
    String shown = measure.clean(text, fonts.bold());
    float w = fonts.bold().getStringWidth(shown) / 1000f * size + 8;
    float h = size * 1.35f;
    out.setNonStrokingColor(background);
    out.addRect(MARGIN, y - h, w, h);
    out.fill();
    out.beginText();
    out.setFont(fonts.bold(), size);
    out.setNonStrokingColor(foreground);
    out.newLineAtOffset(MARGIN + 4, y - h + size * 0.35f);
    out.showText(shown);
    out.endText();
    return w;
  }

  /** Places a vector drawing (e.g. a chart) of the given size at the cursor. */
  void form(PDFormXObject form, float w, float h) throws IOException {
    ensureSpace(h + 4);
    y -= h;
    out.saveGraphicsState();
    out.transform(Matrix.getTranslateInstance(MARGIN, y));
    out.drawForm(form);
    out.restoreGraphicsState();
    y -= 4;
  }

  /** Stamps the running header and "Page x of y" on every page and closes the last page. */
  void finish(String header, String footerLeft) throws IOException {
    close();
    int count = doc.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), AppendMode.APPEND, true, true)) {
        float size = 8f;
        float headerY = pageSize.getHeight() - MARGIN - size;
        text(s, measure.fit(header, fonts.regular(), size, width()), MARGIN, headerY, size, MUTED);
        s.setNonStrokingColor(new Color(0xCC, 0xCC, 0xCC));
        s.addRect(MARGIN, headerY - 5, width(), 0.5f);
        s.fill();
        String page = "Page " + (i + 1) + " of " + count;
        float pageWidth = fonts.regular().getStringWidth(page) / 1000f * size;
        text(s, page, MARGIN + width() - pageWidth, MARGIN, size, MUTED);
        text(s, measure.fit(footerLeft, fonts.regular(), size, width() - pageWidth - 12), MARGIN, MARGIN, size, MUTED);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }

  private void text(PDPageContentStream s, String text, float x, float baseline, float size, Color colour)
      throws IOException {
    s.beginText();
    s.setFont(fonts.regular(), size);
    s.setNonStrokingColor(colour);
    s.newLineAtOffset(x, baseline);
    s.showText(measure.clean(text, fonts.regular()));
    s.endText();
  }
}
