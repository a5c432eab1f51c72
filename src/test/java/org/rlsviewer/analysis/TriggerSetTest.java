package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerSetTest {

  @Test
  void readsTheNegexLayoutWithCrlfAndDoubleTabs() throws IOException {
    TriggerSet set = TriggerSet.read(new StringReader("no change\t\t[PSEU]\r\ndenies\t\t[PREN]\r\nbut\t\t[CONJ]\r\n"));
    assertThat(set.size()).isEqualTo(3);
    assertThat(set.kindsOf("Denies")).containsExactly(TriggerKind.NEGATION_BEFORE);
    assertThat(set.kindsOf("no change")).containsExactly(TriggerKind.PSEUDO);
  }

  @Test
  void rejectsAnUnknownTag() {
    assertThatThrownBy(() -> TriggerSet.read(new StringReader("maybe\t[XXXX]\n")))
        .isInstanceOf(IOException.class).hasMessageContaining("maybe");
  }

  @Test
  void mergingKeepsTheKindsOfBoth() throws IOException {
    TriggerSet a = TriggerSet.read(new StringReader("resolved\t[PREN]\n"));
    TriggerSet b = TriggerSet.read(new StringReader("resolved\t[POST]\n"));
    assertThat(a.with(b).kindsOf("resolved"))
        .containsExactlyInAnyOrder(TriggerKind.NEGATION_BEFORE, TriggerKind.NEGATION_AFTER);
  }

  @Test
  void theLongestPhraseWinsSoPseudoTriggersHideShorterOnes() {
    Sentence s = Tokeniser.sentences("no change in the numbness").get(0);
    List<TriggerHit> hits = TriggerSet.builtIn().find(s);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).kinds()).containsExactly(TriggerKind.PSEUDO);
    assertThat(hits.get(0).end()).isEqualTo(2);
  }

  @Test
  void aYearIsHistoricalUnlessItMarksAStartAndQuestionMarksAndDashesEndAClause() {
    TriggerSet set = TriggerSet.builtIn();
    List<TriggerHit> hits = set.find(Tokeniser.sentences("back in 2018 - since 2019 took 2000 mg? yes").get(0));
    assertThat(hits).filteredOn(h -> h.is(TriggerKind.HISTORICAL_BEFORE)).extracting(TriggerHit::start)
        .containsExactly(2);
    assertThat(hits).filteredOn(h -> h.is(TriggerKind.TERMINATOR)).extracting(TriggerHit::start)
        .containsExactly(3, 4, 9); // the dash, "since" and the question mark
  }

  @Test
  void aRelativeIsRecognisedWithOneSlipOfSpelling() {
    List<TriggerHit> hits = TriggerSet.builtIn().find(Tokeniser.sentences("my husbband snores").get(0));
    assertThat(hits).anyMatch(h -> h.start() == 1 && h.is(TriggerKind.OTHER_PERSON_BEFORE));
  }

  @Test
  void tokeniserKeepsDashesQuestionMarksAndChecklistAnswersInTheSentence() {
    List<Sentence> sentences = Tokeniser.sentences("Weakness? none. Numbness - no. Is it bad? I think so. "
        + "creepy-crawly");
    assertThat(sentences).hasSize(5);
    assertThat(sentences.get(0).tokens()).extracting(Token::norm).containsExactly("weakness", "?", "none");
    assertThat(sentences.get(1).tokens()).extracting(Token::norm).containsExactly("numbness", "-", "no");
    assertThat(sentences.get(2).tokens()).extracting(Token::norm).containsExactly("is", "it", "bad", "?");
    assertThat(sentences.get(4).tokens()).extracting(Token::norm).containsExactly("creepy", "crawly");
  }

  @Test
  void tokeniserKeepsOffsetsAndSplitsSentences() {
    List<Sentence> sentences = Tokeniser.sentences("Took 1.5 mg. Mother’s legs swell;\nC. diff no");
    assertThat(sentences).hasSize(3);
    Token mother = sentences.get(1).get(0);
    assertThat(mother.norm()).isEqualTo("mother");
    assertThat(mother.start()).isEqualTo(13);
    assertThat(sentences.get(0).tokens()).extracting(Token::text).containsExactly("Took", "1", "5", "mg");
    assertThat(sentences.get(2).tokens()).extracting(Token::norm).containsExactly("c", "diff", "no");
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      numbness | numbess  | true
      numbness | numbnes  | true
      swelling | sweling  | true
      swollen  | swolen   | true
      snoring  | snorring | true
      snoring  | storing  | false
      snore    | store    | false
      swelling | dwelling | false
      numbness | dumbness | false
      weakness | weakest  | false
      """)
  void toleratesOneSlipInLongerWordsOnly(String known, String written, boolean expected) {
    assertThat(Spelling.closeEnough(known, written)).isEqualTo(expected);
  }
}
