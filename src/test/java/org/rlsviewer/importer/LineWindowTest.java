package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineWindowTest {

  /** Hands out one character per read, so every line end falls on a buffer boundary once. */
  private static Reader trickle(String text) {
    return new FilterReader(new StringReader(text)) {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 1));
      }
    };
  }

  private static List<String> all(LineWindow window) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; window.has(i); i++) {
      lines.add(window.line(i));
    }
    return lines;
  }

  @Test
  void splitsLikePhysicalLinesWhateverTheReaderHandsOut() {
    Random random = new Random(42);
    char[] alphabet = {'a', 'b', ',', '\r', '\n', '\uFEFF', 'ü'};
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String t = text.toString();
      List<String> expected = new ArrayList<>(PhysicalLines.split(t));
      if (!expected.isEmpty() && expected.get(0).startsWith("\uFEFF")) {
        expected.set(0, expected.get(0).substring(1));
      }

      assertThat(all(new LineWindow(new StringReader(t)))).as("%s", t.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(expected);
      assertThat(all(new LineWindow(trickle(t)))).isEqualTo(expected);
    }
  }

  @Test
  void releasedLinesAreGoneAndLaterOnesStay() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      text.append("line ").append(i).append('\n');
    }
    LineWindow window = new LineWindow(new StringReader(text.toString()));

    assertThat(window.line(9000)).isEqualTo("line 9000");
    window.release(8000);
    assertThat(window.line(8000)).isEqualTo("line 8000");
    assertThat(window.line(9999)).isEqualTo("line 9999");
    assertThat(window.has(10_000)).isFalse();
    assertThatThrownBy(() -> window.line(7999)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void readingRecordsWhileReleasingHoldsOnlyAWindowOfLines() {
    StringBuilder text = new StringBuilder("date,notes\n");
    for (int i = 0; i < 50_000; i++) {
      text.append("2026-01-05,\"note ").append(i).append(i % 10 == 0 ? "\nsecond line\"\n" : "\"\n");
    }
    LineWindow window = new LineWindow(new StringReader(text.toString()));
    RecordSplitter splitter = new RecordSplitter(window, 2, line -> false, ',');
    int records = 0;
    int i = 1;
    while (window.has(i)) {
      window.release(i);
      i += splitter.recordAt(i).lineCount();
      records++;
    }

    assertThat(records).isEqualTo(50_000);
    assertThat(window.peakHeld()).isLessThan(5_000);
  }
}
