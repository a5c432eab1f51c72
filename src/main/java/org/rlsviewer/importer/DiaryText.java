package org.rlsviewer.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a diary file: UTF-8 with or without a byte-order mark (which is removed), or, when
 * the bytes are not valid UTF-8, Windows-1252 (what older spreadsheet programs write as "CSV").
 */
record DiaryText(String text, boolean readAsWindows1252) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static DiaryText decode(byte[] bytes) {
    byte[] body = hasBom(bytes) ? Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length) : bytes;
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
      return new DiaryText(text, false);
    } catch (CharacterCodingException notUtf8) {
      return new DiaryText(new String(body, WINDOWS_1252), true);
    }
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= UTF8_BOM.length
        && Arrays.equals(bytes, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
  }
}
