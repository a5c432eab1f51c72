package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {

  @Test
  void wordAtATimeChecksAgreeWithAByteAtATime() {
    Random random = new Random(18);
    byte[] interesting = {0, 1, 0x7F, (byte) 0x80, (byte) 0xFF, 'a', '\n', (byte) 0xC3};
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        // mostly plain text, now and then one of the bytes that matter, anywhere in a word
        bytes[i] = random.nextInt(12) == 0 ? interesting[random.nextInt(interesting.length)] : (byte) ('a' + i % 26);
      }
      int length = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      assertThat(Bytes.asciiPrefix(bytes, length)).isEqualTo(asciiPrefix(bytes, length));
      assertThat(Bytes.hasZero(bytes, length)).isEqualTo(hasZero(bytes, length));
      int plain = Bytes.plainPrefix(bytes, length);
      assertThat(plain).isEqualTo(plainPrefix(bytes, length));
      assertThat(Bytes.hasZero(bytes, plain, length)).isEqualTo(hasZero(bytes, length));
    }
  }

  @Test
  void aZeroOrANonAsciiByteInAnyPlaceIsFound() {
    for (int size = 1; size <= 24; size++) {
      for (int at = 0; at < size; at++) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'x');
        assertThat(Bytes.hasZero(bytes, size)).isFalse();
        assertThat(Bytes.asciiPrefix(bytes, size)).isEqualTo(size);
        bytes[at] = 0;
        assertThat(Bytes.hasZero(bytes, size)).isTrue();
        assertThat(Bytes.hasZero(bytes, at)).isFalse();
        assertThat(Bytes.plainPrefix(bytes, size)).isEqualTo(at);
        bytes[at] = (byte) 0x80;
        assertThat(Bytes.asciiPrefix(bytes, size)).isEqualTo(at);
        assertThat(Bytes.plainPrefix(bytes, size)).isEqualTo(at);
      }
    }
  }

  private static int asciiPrefix(byte[] bytes, int length) {
    int i = 0;
    while (i < length && bytes[i] >= 0) {
      i++;
    }
    return i;
  }

  private static int plainPrefix(byte[] bytes, int length) {
    int i = 0;
    while (i < length && bytes[i] > 0) {
      i++;
    }
    return i;
  }

  private static boolean hasZero(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
