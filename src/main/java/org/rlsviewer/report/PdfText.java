package org.rlsviewer.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.rlsviewer.domain.ShownText;
import org.rlsviewer.report.PdfCanvas.Run;

/**
 * Text measured in the embedded fonts: widths, cleaning to what the font can draw, and line
 * breaking; what {@link PdfCanvas} lays out.
 */
final class PdfText {

  private static final Color TEXT = PdfCanvas.TEXT;
  private final ReportFonts.Pair fonts;
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private final Map<Integer, Float> advances = new HashMap<>();

  PdfText(ReportFonts.Pair fonts) {
    this.fonts = fonts;
  }

  record Piece(String text, boolean bold, Color colour, float width) {}

  /**
   * Greedy line breaking over runs of mixed faces, linear in the text. Spaces between words are kept
   * only inside a line; a word longer than the whole line is broken by characters so it cannot
   * overflow. A run longer than {@link ShownText#LIMIT} characters is shown cut, with its length.
   */
  List<List<Piece>> wrap(List<Run> runs, float size, float maxWidth) throws IOException {
    List<List<Piece>> lines = new ArrayList<>();
    List<Piece> line = new ArrayList<>();
    float used = 0;
    Piece pendingSpace = null;
    for (Run run : runs) {
      PDFont font = run.bold() ? fonts.bold() : fonts.regular();
      for (String token : tokens(clean(ShownText.of(run.text()), font))) {
        if (token.isBlank()) {
          if (!line.isEmpty()) {
            pendingSpace = new Piece(" ", run.bold(), run.colour(), width(' ', font, size));
          }
          continue;
        }
        float w = width(token, font, size);
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
        if (w <= maxWidth - used) {
          line.add(new Piece(token, run.bold(), run.colour(), w));
          used += w;
          continue;
        }
        // one pass over the token, each line taking the characters that fit
        int start = 0;
        while (start < token.length()) {
          int end = start;
          float taken = 0;
          while (end < token.length()) {
            int cp = token.codePointAt(end);
            float cw = width(cp, font, size);
            if (taken + cw > maxWidth - used) {
              break;
            }
            taken += cw;
            end += Character.charCount(cp);
          }
          if (end == start) {
            if (!line.isEmpty()) {
              lines.add(line);
              line = new ArrayList<>();
              used = 0;
              continue;
            }
            int cp = token.codePointAt(start);
            end = start + Character.charCount(cp);
            taken = width(cp, font, size);
          }
          line.add(new Piece(token.substring(start, end), run.bold(), run.colour(), taken));
          used += taken;
          start = end;
          if (start < token.length()) {
            lines.add(line);
            line = new ArrayList<>();
            used = 0;
          }
        }
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** The width of a string drawn in the font, the sum of its characters' (the fonts are not kerned). */
  float width(String text, PDFont font, float size) throws IOException {
    float sum = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      sum += width(text.codePointAt(i), font, size);
    }
    return sum;
  }

  float width(int codePoint, PDFont font, float size) throws IOException {
    int key = font == fonts.bold() ? -codePoint - 1 : codePoint;
    Float units = advances.get(key);
    if (units == null) {
      units = font.getStringWidth(new String(Character.toChars(codePoint)));
      advances.put(key, units);
    }
    return units / 1000f * size;
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
  String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
    String shown = clean(ShownText.of(text), font);
    if (width(shown, font, size) <= maxWidth) {
      return shown;
    }
    float available = maxWidth - width('\u2026', font, size);
    int end = 0;
    float taken = 0;
    while (end < shown.length()) {
      int cp = shown.codePointAt(end);
      float cw = width(cp, font, size);
      if (taken + cw > available) {
        break;
      }
      taken += cw;
      end += Character.charCount(cp);
    }
    return shown.substring(0, end) + "\u2026";
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

  /** The runs on one line, cut with an ellipsis when they are wider. */
  List<Piece> oneLine(List<Run> runs, float size, float maxWidth) throws IOException {
    List<List<Piece>> wrapped = wrap(runs, size, maxWidth);
    return wrapped.size() == 1 ? wrapped.get(0) : withEllipsis(wrapped.get(0), size, maxWidth);
  }

  /** A wrapped line ended with an ellipsis, characters taken off its end until both fit. */
  List<Piece> withEllipsis(List<Piece> line, float size, float maxWidth) throws IOException {
    float ellipsis = width("\u2026", fonts.regular(), size);
    List<Piece> cut = new ArrayList<>(line);
    float used = (float) cut.stream().mapToDouble(Piece::width).sum();
    while (!cut.isEmpty() && used + ellipsis > maxWidth) {
      Piece last = cut.remove(cut.size() - 1);
      used -= last.width();
      String text = last.text();
      PDFont font = last.bold() ? fonts.bold() : fonts.regular();
      while (!text.isEmpty() && used + width(text, font, size) + ellipsis > maxWidth) {
        text = text.substring(0, text.offsetByCodePoints(text.length(), -1));
      }
      if (!text.isBlank()) {
        cut.add(new Piece(text, last.bold(), last.colour(), width(text, font, size)));
        used += width(text, font, size);
      }
    }
    cut.add(new Piece("\u2026", false, cut.isEmpty() ? TEXT : cut.get(cut.size() - 1).colour(), ellipsis));
    return cut;
  }
}
