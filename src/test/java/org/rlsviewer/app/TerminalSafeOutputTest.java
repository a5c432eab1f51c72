package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalSafeOutputTest {

  private static String through(String text) throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (TerminalSafeOutput out = new TerminalSafeOutput(sink)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return sink.toString(StandardCharsets.UTF_8);
  }

  @Test
  void escapeSequencesAndControlCharactersAreStripped() throws IOException {
    assertThat(through("\u001b[2J\u001b[31mEvil\u001b[0m Name\n")).isEqualTo("Evil Name\n");
    assertThat(through("a\u001b]0;new title\u0007b\n")).isEqualTo("ab\n");
    assertThat(through("a\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\b")).isEqualTo("alinkb");
    assertThat(through("bell\u0007 back\bspace\u007f nul\u0000\n")).isEqualTo("bell backspace nul\n");
    assertThat(through("c1\u009b31m and \u0085next")).isEqualTo("c131m and next");
    assertThat(through("over\rwrite\r\n")).isEqualTo("overwrite\r\n");
  }

  @Test
  void ordinaryTextPassesUnchanged() throws IOException {
    String text = "2024-01-01,weakness,urgent,notes,\"left leg, weak\"\tÉlodie Ωμέγα 漢字 🦵\n";
    assertThat(through(text)).isEqualTo(text);
  }
}
