package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationEvaluationTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(NegationEvaluationTest.class.getResource(name).toURI());
  }

  /** Reports 1-80 of the NegEx set; measured 2026-11: precision 0.984, recall 0.984, accuracy 0.994. */
  @Test
  void negexClinicalSentences() throws Exception {
    NegationEvaluation.Result r = NegationEvaluation.evaluate(resource("negex/annotations-reports-1-80.tsv"));
    System.out.println("NegEx reports 1-80, built-in triggers: " + r.summary());
    assertThat(r.total()).isEqualTo(1594);
    assertThat(r.tp() + r.fn()).isEqualTo(321);
    assertThat(r.accuracy()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void negexClinicalSentencesWithTheNegexTriggerList() throws Exception {
    NegationEvaluation.Result r = NegationEvaluation.evaluate(resource("negex/annotations-reports-1-80.tsv"),
        resource("negex/negex_triggers.txt"));
    System.out.println("NegEx reports 1-80, built-in + NegEx triggers: " + r.summary());
    assertThat(r.accuracy()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.f1()).isGreaterThanOrEqualTo(0.95);
  }

  /** Our own first-person diary sentences (71 rows, 37 negated). */
  @Test
  void layDiarySentences() throws Exception {
    NegationEvaluation.Result r = NegationEvaluation.evaluate(resource("lay-diary-negation.tsv"));
    System.out.println("Lay diary sentences: " + r.summary());
    assertThat(r.total()).isEqualTo(71);
    assertThat(r.unlocated()).isZero();
    assertThat(r.accuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      She denies FEVER, chills, or other constitutional symptoms.   | fever          | true
      She denies fever, CHILLS, or other constitutional symptoms.   | chills         | true
      No CHEST PAIN.                                                | chest pain     | true
      General - in no ACUTE DISTRESS.                               | acute distress | true
      The patient presented with SHORTNESS OF BREATH.               | shortness of breath | false
      No change in the EFFUSION.                                    | effusion       | false
      Fever resolved, but the COUGH persists.                       | cough          | false
      """)
  void judgesSingleSentences(String sentence, String concept, String negated) {
    SentenceJudge.Verdict v = new SentenceJudge(NoteReader.builtIn()).judge(sentence, concept);
    assertThat(v.located()).isTrue();
    assertThat(v.negated()).isEqualTo(negated.equals("true"));
  }

  @Test
  void resultMeasures() {
    NegationEvaluation.Result r = new NegationEvaluation.Result(8, 2, 85, 5, 0);
    assertThat(r.total()).isEqualTo(100);
    assertThat(r.precision()).isEqualTo(0.8);
    assertThat(r.recall()).isCloseTo(8 / 13.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.accuracy()).isEqualTo(0.93);
    assertThat(r.f1()).isCloseTo(2 * 0.8 * (8 / 13.0) / (0.8 + 8 / 13.0), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(new NegationEvaluation.Result(0, 0, 0, 0, 0).accuracy()).isZero();
  }
}
