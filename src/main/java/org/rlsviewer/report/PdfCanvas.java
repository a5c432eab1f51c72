package org.rlsviewer.report;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private PDPageContentStream out;
  private float y;

  PdfCanvas(PDDocument doc, PDRectangle pageSize, ReportFonts.Pair fonts) {
    this.doc = doc;
    this.pageSize = pageSize;
    this.fonts = fonts;
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
      newPage();
    }
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
    for (List<Piece> line : wrap(runs, size, width() - indent)) {
      ensureSpace(leading);
      y -= leading;
      drawLine(line, MARGIN + indent, size);
    }
  }

  /** A label in a fixed-width column with its value wrapped beside it. */
  void labelled(String label, List<Run> value, float size, float labelWidth) throws IOException {
    ensureSpace(size * 1.3f);
    out.beginText();
    out.setFont(fonts.regular(), size);
    out.setNonStrokingColor(MUTED);
    out.newLineAtOffset(MARGIN, y - size * 1.3f + size * 0.25f);
    out.showText(fit(label, fonts.regular(), size, labelWidth - 6));
    out.endText();
    paragraph(value, size, labelWidth);
  }

  /** A table column: its heading and its share of the text width. */
  record Column(String heading, float share) {}

  /**
   * A table whose rows wrap inside their cells. Rows break across pages line by line, so even a
   * very long note cannot overflow, and the heading row is repeated at the top of every page.
   */
  void table(List<Column> columns, List<List<List<Run>>> rows, float size) throws IOException {
    float leading = size * 1.3f;
    float pad = 3f;
    float total = (float) columns.stream().mapToDouble(Column::share).sum();
    float[] widths = new float[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width() * columns.get(c).share() / total;
    }
    List<List<Run>> headings = columns.stream().map(c -> List.of(Run.bold(c.heading()))).toList();
    List<List<List<Piece>>> headingLines = wrapCells(headings, widths, size, pad);
    ensureSpace(leading * (lineCount(headingLines) + 1) + 2 * pad);
    tableHeading(headingLines, widths, leading, pad);
    for (List<List<Run>> row : rows) {
      List<List<List<Piece>>> cells = wrapCells(row, widths, size, pad);
      int lines = lineCount(cells);
      if (y - leading * Math.min(lines, 2) - pad < bottom()) {
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

  private void tableHeading(List<List<List<Piece>>> lines, float[] widths, float leading, float pad)
      throws IOException {
    y -= pad;
    for (int line = 0; line < lineCount(lines); line++) {
      y -= leading;
      drawCellLine(lines, line, widths, leading / 1.3f, pad);
    }
    y -= pad;
    hairline(MUTED);
  }

  private List<List<List<Piece>>> wrapCells(List<List<Run>> cells, float[] widths, float size, float pad)
      throws IOException {
    List<List<List<Piece>>> wrapped = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      List<Run> cell = c < cells.size() ? cells.get(c) : List.of();
      wrapped.add(wrap(cell, size, widths[c] - 2 * pad));
    }
    return wrapped;
  }

  private static int lineCount(List<List<List<Piece>>> cells) {
    return cells.stream().mapToInt(List::size).max().orElse(1);
  }

  private void drawCellLine(List<List<List<Piece>>> cells, int line, float[] widths, float size, float pad)
      throws IOException {
    float x = MARGIN;
    for (int c = 0; c < widths.length; c++) {
      List<List<Piece>> cell = cells.get(c);
      if (line < cell.size()) {
        drawLine(cell.get(line), x + pad, size);
      }
      x += widths[c];
    }
  }

  private void drawLine(List<Piece> line, float x, float size) throws IOException {
    for (Piece piece : line) {
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
    String shown = clean(text, fonts.bold());
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
        text(s, fit(header, fonts.regular(), size, width()), MARGIN, headerY, size, MUTED);
        s.setNonStrokingColor(new Color(0xCC, 0xCC, 0xCC));
        s.addRect(MARGIN, headerY - 5, width(), 0.5f);
        s.fill();
        String page = "Page " + (i + 1) + " of " + count;
        float pageWidth = fonts.regular().getStringWidth(page) / 1000f * size;
        text(s, page, MARGIN + width() - pageWidth, MARGIN, size, MUTED);
        text(s, fit(footerLeft, fonts.regular(), size, width() - pageWidth - 12), MARGIN, MARGIN, size, MUTED);
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
    s.showText(clean(text, fonts.regular()));
    s.endText();
  }

  private record Piece(String text, boolean bold, Color colour, float width) {}

  /**
   * Greedy line breaking over runs of mixed faces. Spaces between words are kept only inside a
   * line; a word longer than the whole line is broken by characters so it cannot overflow.
   */
  private List<List<Piece>> wrap(List<Run> runs, float size, float maxWidth) throws IOException {
    List<List<Piece>> lines = new ArrayList<>();
    List<Piece> line = new ArrayList<>();
    float used = 0;
    Piece pendingSpace = null;
    for (Run run : runs) {
      PDFont font = run.bold() ? fonts.bold() : fonts.regular();
      for (String token : tokens(clean(run.text(), font))) {
        float w = font.getStringWidth(token) / 1000f * size;
        if (token.isBlank()) {
          if (!line.isEmpty()) {
            pendingSpace = new Piece(" ", run.bold(), run.colour(), font.getStringWidth(" ") / 1000f * size);
          }
          continue;
        }
        float spaceWidth = pendingSpace == null ? 0 : pendingSpace.width();
        if (!line.isEmpty() && used + spaceWidth + w > maxWidth) {
          lines.add(line);
          line = new ArrayList<>();
          used = 0;
          pendingSpace = null;
          spaceWidth = 0;
        }
        if (pendingSpace != null) {
          line.add(pendingSpace);
          used += spaceWidth;
          pendingSpace = null;
        }
        while (w > maxWidth - used) {
          int cut = longestPrefix(token, font, size, maxWidth - used);
          if (cut == 0 && !line.isEmpty()) {
            lines.add(line);
            line = new ArrayList<>();
            used = 0;
            continue;
          }
          cut = Math.max(cut, Character.charCount(token.codePointAt(0)));
          String head = token.substring(0, cut);
          line.add(new Piece(head, run.bold(), run.colour(), font.getStringWidth(head) / 1000f * size));
          lines.add(line);
          line = new ArrayList<>();
          used = 0;
          token = token.substring(cut);
          w = font.getStringWidth(token) / 1000f * size;
          if (token.isEmpty()) {
            break;
          }
        }
        if (!token.isEmpty()) {
          line.add(new Piece(token, run.bold(), run.colour(), w));
          used += w;
        }
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  private static int longestPrefix(String token, PDFont font, float size, float available) throws IOException {
    int fits = 0;
    for (int i = 0; i < token.length(); i += Character.charCount(token.codePointAt(i))) {
      int next = i + Character.charCount(token.codePointAt(i));
      if (font.getStringWidth(token.substring(0, next)) / 1000f * size > available) {
        break;
      }
      fits = next;
    }
    return fits;
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || (text.charAt(i) == ' ') != (text.charAt(start) == ' ')) {
        tokens.add(text.substring(start, i));
        start = i;
      }
    }
    return tokens;
  }

  /** Truncates with an ellipsis so the text fits the width. */
  private String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
    String shown = clean(text, font);
    if (font.getStringWidth(shown) / 1000f * size <= maxWidth) {
      return shown;
    }
    while (!shown.isEmpty() && font.getStringWidth(shown + "\u2026") / 1000f * size > maxWidth) {
      shown = shown.substring(0, shown.length() - 1);
    }
    return shown + "\u2026";
  }

  /**
   * Makes text drawable in the embedded face: line breaks and tabs become spaces, other control
   * characters and variation selectors are dropped, and a character the font has no glyph for (an
   * emoji, a rare script) is written as its Unicode name in brackets, e.g. "[SMILING FACE WITH
   * SMILING EYES]", so the reader still learns what the patient wrote and nothing prints as "?".
   */
  String clean(String text, PDFont font) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || variationSelector(cp)) {
        return;
      } else if (drawable(cp, font)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(unicodeName(cp));
      }
    });
    return sb.toString();
  }

  private static boolean variationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** "[NAME]" from the Unicode character database, or "[U+XXXX]" for a code point without a name. */
  static String unicodeName(int cp) {
    String name = Character.getName(cp);
    return "[" + (name == null ? String.format(java.util.Locale.ROOT, "U+%04X", cp) : name) + "]";
  }

  private boolean drawable(int codePoint, PDFont font) {
    int key = font == fonts.bold() ? -codePoint - 1 : codePoint;
    return glyphs.computeIfAbsent(key, k -> {
      try {
        font.encode(new String(Character.toChars(codePoint)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    });
  }
}
