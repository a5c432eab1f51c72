package org.rlsviewer.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical lines of a text, read from a {@link Reader} as they are asked for and forgotten once
 * released, so a large file is never held in memory as a whole. Lines end at CRLF, LF or a lone CR
 * (as {@link PhysicalLines} splits them); line n of the file is index n-1. A byte-order mark left
 * at the start of the text is dropped.
 */
final class LineWindow implements RecordSplitter.Lines {

  private static final int COMPACT_AFTER = 4096;

  private final Reader reader;
  /** Element k is line {@code offset + k}; the first {@code dropped} elements were released. */
  private final List<String> buffered = new ArrayList<>();
  private int offset;
  private int dropped;
  private boolean atEnd;
  private boolean firstLine = true;
  private final char[] chars = new char[8192];
  private final StringBuilder line = new StringBuilder(256);
  private int position;
  private int limit;
  /** The last line ended with CR: an LF right after it belongs to the same line end. */
  private boolean afterCr;
  private int peakHeld;

  LineWindow(Reader reader) {
    this.reader = reader;
  }

  /** A spreadsheet's text numbers its lines by the sheet's rows. */
  @Override
  public int lineNumber(int index) {
    return reader instanceof SheetText sheet ? sheet.rowNumber(index) : index + 1;
  }

  static LineWindow of(List<String> lines) {
    LineWindow window = new LineWindow(Reader.nullReader());
    window.buffered.addAll(lines);
    window.atEnd = true;
    return window;
  }

  @Override
  public boolean has(int index) {
    while (!atEnd && index >= offset + buffered.size()) {
      readLine();
    }
    return index >= 0 && index < offset + buffered.size();
  }

  @Override
  public String line(int index) {
    if (index < offset + dropped || !has(index)) {
      throw new IndexOutOfBoundsException("line index " + index);
    }
    return buffered.get(index - offset);
  }

  /** Forgets every line before {@code index}; they will not be asked for again. */
  void release(int index) {
    while (offset + dropped < index && dropped < buffered.size()) {
      buffered.set(dropped, null);
      dropped++;
    }
    if (dropped >= COMPACT_AFTER) {
      buffered.subList(0, dropped).clear();
      offset += dropped;
      dropped = 0;
    }
  }

  private void readLine() {
    try {
      line.setLength(0);
      while (true) {
        if (position >= limit && !fill()) {
          atEnd = true;
          if (line.length() > 0) {
            add(line);
          }
          return;
        }
        if (afterCr) {
          afterCr = false;
          if (chars[position] == '\n') {
            position++;
            continue;
          }
        }
        int start = position;
        while (position < limit && chars[position] != '\n' && chars[position] != '\r') {
          position++;
        }
        line.append(chars, start, position - start);
        if (position < limit) {
          afterCr = chars[position] == '\r';
          position++;
          add(line);
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean fill() throws IOException {
    int n = reader.read(chars, 0, chars.length);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  /** The most lines held at once so far, released ones included until they are compacted away. */
  int peakHeld() {
    return peakHeld;
  }

  private void add(StringBuilder line) {
    if (firstLine && line.length() > 0 && line.charAt(0) == '\uFEFF') {
      line.deleteCharAt(0);
    }
    firstLine = false;
    buffered.add(line.toString());
    peakHeld = Math.max(peakHeld, buffered.size());
  }
}
