package org.rlsviewer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a file's bytes become text: UTF-8 with or without a byte-order mark, UTF-16 with a mark, or,
 * when the bytes are not valid UTF-8, Windows-1252 (what older spreadsheet programs write as
 * "CSV"), line by line ({@link LineByLineDecoder}: a line that is valid UTF-8 stays UTF-8). Text is
 * never decoded with a guess that turns letters into mojibake: UTF-8 is chosen for the whole file
 * only when every byte of it is valid UTF-8.
 *
 * @param bomLength bytes to skip before decoding (the UTF-16 decoder reads its own mark)
 */
record TextEncoding(Charset charset, int bomLength, boolean fallback) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int CHUNK = 64 * 1024;

  /** The encoding announced by a byte-order mark at the start of {@code head}, if any. */
  static TextEncoding fromMark(byte[] head) {
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      return new TextEncoding(StandardCharsets.UTF_8, 3, false);
    }
    if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
      return new TextEncoding(StandardCharsets.UTF_16, 0, false);
    }
    return null;
  }

  boolean isUtf16() {
    return charset.equals(StandardCharsets.UTF_16);
  }

  /**
   * Reads the rest of a stream whose first bytes were {@code head} and decides between UTF-8 and
   * the Windows-1252 fallback; calls {@code eachChunk} on every chunk (including the head) so the
   * caller can check for binary data and the size limit in the same pass.
   */
  static TextEncoding utf8OrFallback(byte[] head, InputStream rest, ChunkCheck eachChunk)
      throws IOException, NotADiaryException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK + 8);
    CharBuffer chars = CharBuffer.allocate(CHUNK + 8);
    boolean valid = true;
    byte[] chunk = head;
    int length = head.length;
    while (true) {
      int plain = Bytes.plainPrefix(chunk, length);
      eachChunk.check(chunk, plain, length);
      if (valid) {
        // a run of ASCII is valid UTF-8 whenever no sequence is left open from the chunk before
        int ascii = plain < length && chunk[plain] == 0 ? Bytes.asciiPrefix(chunk, length) : plain;
        int offset = bytes.position() == 0 ? ascii : 0;
        while (offset < length) {
          int n = Math.min(bytes.remaining(), length - offset);
          bytes.put(chunk, offset, n);
          offset += n;
          bytes.flip();
          CoderResult result = decoder.decode(bytes, chars, false);
          chars.clear();
          bytes.compact();
          if (result.isError()) {
            valid = false;
            break;
          }
        }
      }
      chunk = chunk == head ? new byte[CHUNK] : chunk;
      length = rest.readNBytes(chunk, 0, CHUNK);
      if (length <= 0) {
        break;
      }
    }
    if (valid) {
      bytes.flip();
      valid = !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
    }
    return valid ? new TextEncoding(StandardCharsets.UTF_8, 0, false) : new TextEncoding(WINDOWS_1252, 0, true);
  }

  /**
   * Looks at each chunk of the file as it is read; may refuse the file. The chunk's first
   * {@code plain} bytes are known to be ASCII and none of them zero.
   */
  interface ChunkCheck {
    void check(byte[] chunk, int plain, int length) throws NotADiaryException;
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
