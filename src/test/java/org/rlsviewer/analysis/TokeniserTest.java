package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokeniserTest {

  @Test
  void aRunOnNoteIsCutIntoBoundedPiecesAtClauseMarks() {
    String note = "legs weak and numb, ".repeat(5_000);
    List<Sentence> sentences = Tokeniser.sentences(note);
    assertThat(sentences).allSatisfy(s -> assertThat(s.size()).isLessThanOrEqualTo(Tokeniser.LONGEST_SENTENCE));
    assertThat(sentences).allSatisfy(s -> assertThat(s.get(s.size() - 1).word()).isFalse());
    assertThat(sentences.stream().mapToInt(s -> s.wordsBetween(0, s.size())).sum()).isEqualTo(20_000);
  }

  @Test
  void aLongTextWithoutAnyMarkIsCutAtTheHardLimit() {
    List<Sentence> sentences = Tokeniser.sentences("numb ".repeat(1_000));
    assertThat(sentences).hasSize((1_000 + Tokeniser.LONGEST_SENTENCE - 1) / Tokeniser.LONGEST_SENTENCE);
  }

  @Test
  void wordsBetweenCountsOnlyWords() {
    Sentence s = Tokeniser.sentences("no, numbness; or weakness").get(0);
    assertThat(s.wordsBetween(0, s.size())).isEqualTo(4);
    assertThat(s.wordsBetween(1, 3)).isEqualTo(1);
    assertThat(s.wordsBetween(3, 1)).isZero();
  }
}
