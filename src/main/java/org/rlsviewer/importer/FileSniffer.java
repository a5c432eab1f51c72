package org.rlsviewer.importer;

import java.util.Optional;

/**
 * Recognises bytes that are clearly not CSV text (images, PDFs, archives, other binary data) from
 * the first bytes of a file, and NUL bytes anywhere in it. UTF-16 text with a byte-order mark is
 * text (its NUL bytes are half its letters); without a mark it is refused as binary.
 */
final class FileSniffer {

  static final int SAMPLE_BYTES = 8192;
  /** Above this share of control characters in the first bytes, the file is taken as binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private FileSniffer() {}

  /** What the bytes are, phrased to follow "it is ...", when they are not text. */
  static Optional<String> binaryKind(byte[] bytes) {
    Optional<String> magic = magicKind(bytes);
    if (magic.isPresent()) {
      return magic;
    }
    TextEncoding mark = TextEncoding.fromMark(bytes);
    if (mark != null && mark.isUtf16()) {
      return Optional.empty();
    }
    int sample = Math.min(bytes.length, SAMPLE_BYTES);
    int control = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("binary data (it contains NUL bytes)");
      }
      if (i < sample && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    if (sample > 0 && control > sample * MAX_CONTROL_SHARE) {
      return Optional.of("binary data");
    }
    return Optional.empty();
  }

  /**
   * "binary data (it contains NUL bytes)" when a chunk read after the first bytes has a NUL byte
   * from {@code from} on (the bytes before are known not to be zero).
   */
  static Optional<String> nulKind(byte[] chunk, int from, int length) {
    return Bytes.hasZero(chunk, from, length) ? Optional.of("binary data (it contains NUL bytes)") : Optional.empty();
  }

  private static Optional<String> magicKind(byte[] b) {
    if (TextEncoding.startsWith(b, 0x89, 'P', 'N', 'G')) {
      return Optional.of("a PNG image");
    }
    if (TextEncoding.startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("a JPEG image");
    }
    if (TextEncoding.startsWith(b, 'G', 'I', 'F', '8')) {
      return Optional.of("a GIF image");
    }
    if (TextEncoding.startsWith(b, '%', 'P', 'D', 'F')) {
      return Optional.of("a PDF document");
    }
    if (TextEncoding.startsWith(b, 'P', 'K', 0x03, 0x04) || TextEncoding.startsWith(b, 'P', 'K', 0x05, 0x06)) {
      return Optional.of("a ZIP archive (an Excel .xlsx workbook is one; save the sheet as \"CSV UTF-8\")");
    }
    if (TextEncoding.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Optional.of("an old Office document such as an Excel .xls workbook (save the sheet as \"CSV UTF-8\")");
    }
    if (TextEncoding.startsWith(b, 0x1F, 0x8B)) {
      return Optional.of("a gzip archive");
    }
    return Optional.empty();
  }
}
