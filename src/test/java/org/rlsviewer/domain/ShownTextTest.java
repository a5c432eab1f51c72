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

  @Test
  void theRemarkOfALongCellSaysItsLengthAndWhatWasReadAndShown() {
    String remark = ShownText.longCellRemark("line 7", "note", 10_000_000);
    assertThat(remark).isEqualTo("line 7: note of 10,000,000 characters; the first 20,000 read for flags and"
        + " the first 2,000 shown, the rest searched for red-flag words");
    assertThat(ShownText.isLongCellRemark(remark)).isTrue();
    assertThat(ShownText.isLongCellRemark(ShownText.longCellRemark("night 2024-01-02", "medications cell", 30_001)))
        .isTrue();
    assertThat(ShownText.isLongCellRemark("Kept 1 column the program does not know as extra data: x.")).isFalse();
  }
}
