package org.rlsviewer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShownTextTest {

  @Test
  void aLongTextIsCutAtTheLimitWithItsLength() {
    String note = "w".repeat(104_857);
    assertThat(ShownText.of(note)).isEqualTo("w".repeat(ShownText.LIMIT) + "... [truncated, 104,857 characters]");
    assertThat(ShownText.of("short")).isEqualTo("short");
    String exactly = "x".repeat(ShownText.LIMIT);
    assertThat(ShownText.of(exactly)).isSameAs(exactly);
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() {
    String note = "a".repeat(ShownText.LIMIT - 1) + "\uD83E\uDDB5".repeat(10);
    String shown = ShownText.of(note);
    assertThat(shown).startsWith("a".repeat(ShownText.LIMIT - 1) + "... [truncated");
  }
}
