package org.rlsviewer.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu Sans faces (see {@code fonts/LICENSE.txt}), as PDF fonts embedded in a document
 * and as AWT fonts with the same metrics for charts drawn into the PDF. The font files are read once
 * per process, on first use, not at start-up.
 */
final class ReportFonts {

  private static final String REGULAR = "fonts/DejaVuSans.ttf";
  private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

  private ReportFonts() {}

  private static final class Bytes {
    static final byte[] REGULAR_TTF = read(REGULAR);
    static final byte[] BOLD_TTF = read(BOLD);
    static final Font REGULAR_AWT = awt(REGULAR_TTF);
    static final Font BOLD_AWT = awt(BOLD_TTF);
  }

  /** Regular and bold faces embedded (as subsets) in one document. */
  record Pair(PDType0Font regular, PDType0Font bold) {}

  /**
   * The faces parsed once per thread and reused for every document the thread writes: parsing them
   * was an eighth of a summary's CPU and a fifth of what it allocated (issue 18, batch). A parsed
   * font reads its tables lazily and is not safe to share between threads; the document only reads
   * it (its subset is made when the document is saved) and never closes it.
   */
  private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[] {
      parse(Bytes.REGULAR_TTF), parse(Bytes.BOLD_TTF)});

  /** Faces parsed for this document alone, for a document read later or by another thread. */
  static Pair embedOwnIn(PDDocument doc) throws IOException {
    return new Pair(
        PDType0Font.load(doc, new ByteArrayInputStream(Bytes.REGULAR_TTF), true),
        PDType0Font.load(doc, new ByteArrayInputStream(Bytes.BOLD_TTF), true));
  }

  /** Faces parsed once by this thread; only for a document this thread saves and closes before its next. */
  static Pair embedIn(PDDocument doc) throws IOException {
    TrueTypeFont[] parsed = PARSED.get();
    return new Pair(PDType0Font.load(doc, parsed[0], true), PDType0Font.load(doc, parsed[1], true));
  }

  private static TrueTypeFont parse(byte[] ttf) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Font awtRegular(float size) {
    return Bytes.REGULAR_AWT.deriveFont(size);
  }

  static Font awtBold(float size) {
    return Bytes.BOLD_AWT.deriveFont(size);
  }

  private static byte[] read(String resource) {
    try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the program: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Font awt(byte[] ttf) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("bundled font unreadable", e);
    }
  }
}
