package org.rlsviewer.importer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks over a file's raw bytes, eight at a time: the encoding check reads every byte of every
 * diary before its text, and a byte at a time it was a tenth of a million-row import.
 */
final class Bytes {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  private Bytes() {}

  /** How many of the first {@code length} bytes are ASCII (below 0x80) before the first that is not. */
  static int asciiPrefix(byte[] bytes, int length) {
    int i = 0;
    while (i + Long.BYTES <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
      i += Long.BYTES;
    }
    while (i < length && bytes[i] >= 0) {
      i++;
    }
    return i;
  }

  /**
   * How many of the first {@code length} bytes are plain text (0x01-0x7F: ASCII, not zero) before
   * the first that is not: one pass answers both checks for the usual all-ASCII file.
   */
  static int plainPrefix(byte[] bytes, int length) {
    int i = 0;
    // zero exactly when every byte of the word is 0x01-0x7F (no byte borrows, none has its high bit)
    while (i + Long.BYTES <= length) {
      long word = (long) LONGS.get(bytes, i);
      if (((word | (word - LOW_BITS)) & HIGH_BITS) != 0) {
        break;
      }
      i += Long.BYTES;
    }
    while (i < length && bytes[i] > 0) {
      i++;
    }
    return i;
  }

  /** Whether any of the first {@code length} bytes is zero. */
  static boolean hasZero(byte[] bytes, int length) {
    return hasZero(bytes, 0, length);
  }

  /** Whether any byte from {@code from} to {@code length} is zero. */
  static boolean hasZero(byte[] bytes, int from, int length) {
    int i = from;
    for (; i + Long.BYTES <= length; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i);
      // nonzero exactly when some byte of the word is zero
      if (((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
        return true;
      }
    }
    for (; i < length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
