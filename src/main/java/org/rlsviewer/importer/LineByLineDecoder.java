package org.rlsviewer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes a file that is not valid UTF-8 as a whole one line at a time: a line that is valid UTF-8
 * is read as UTF-8, any other line as Windows-1252. A file pieced together by two programs (an
 * old spreadsheet's rows with a newer app's rows appended) then shows every letter right, where
 * one encoding for the whole file would turn one part into mojibake.
 */
final class LineByLineDecoder extends Reader {

  private final InputStream in;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[256];
  private CharBuffer decoded = CharBuffer.allocate(0);
  private boolean atEnd;

  LineByLineDecoder(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    while (!decoded.hasRemaining()) {
      if (atEnd || !decodeNextLine()) {
        return -1;
      }
    }
    int n = Math.min(length, decoded.remaining());
    decoded.get(buffer, offset, n);
    return n;
  }

  /** Reads up to and including the next LF; false at the end of the input. */
  private boolean decodeNextLine() throws IOException {
    int length = 0;
    int b;
    while ((b = in.read()) >= 0) {
      if (length == line.length) {
        line = Arrays.copyOf(line, line.length * 2);
      }
      line[length++] = (byte) b;
      if (b == '\n') {
        break;
      }
    }
    if (b < 0) {
      atEnd = true;
    }
    if (length == 0) {
      return false;
    }
    try {
      decoded = utf8.reset().decode(ByteBuffer.wrap(line, 0, length));
    } catch (CharacterCodingException notUtf8) {
      decoded = CharBuffer.wrap(new String(line, 0, length, TextEncoding.WINDOWS_1252));
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
