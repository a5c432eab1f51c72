package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleEvaluationTest {

  /**
   * The labelled lay notes (written for this program, see the file's header). They were written
   * to probe the reader and the reader was then improved on them, so they are a development set:
   * these figures show it holds, not how it does on unseen diaries.
   */
  @Test
  void labelledNotes() throws Exception {
    RuleEvaluation.Result r = RuleEvaluation.evaluate(
        Path.of(RuleEvaluationTest.class.getResource("labelled-notes.tsv").toURI()));
    r.table().forEach(System.out::println);
    r.mismatches().forEach(m -> System.out.println("MISMATCH " + m));
    assertThat(r.rows()).isGreaterThanOrEqualTo(300);
    assertThat(r.classes()).filteredOn(RuleEvaluation.ClassResult::urgent).isNotEmpty()
        .allSatisfy(c -> assertThat(c.recall()).as("recall of %s", c.label()).isEqualTo(1.0));
    assertThat(r.classes()).allSatisfy(c ->
        assertThat(c.precision()).as("precision of %s", c.label()).isGreaterThanOrEqualTo(0.95));
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * The second set, written after tuning and measured once before changes (precision 0.925, recall
   * 0.860; two of five cauda equina notes and one of six one-sided swellings missed). The reader
   * was then fixed for its misses, so it too is now development data. Its three remaining false
   * positives err on the safe side ("checked my ankles for swelling, all fine").
   */
  @Test
  void secondLabelledSet() throws Exception {
    RuleEvaluation.Result r = RuleEvaluation.evaluate(
        Path.of(RuleEvaluationTest.class.getResource("labelled-notes-check.tsv").toURI()));
    r.mismatches().forEach(m -> System.out.println("MISMATCH " + m));
    assertThat(r.rows()).isEqualTo(80);
    assertThat(r.classes()).filteredOn(RuleEvaluation.ClassResult::urgent).hasSize(2)
        .allSatisfy(c -> assertThat(c.recall()).as("recall of %s", c.label()).isEqualTo(1.0));
    assertThat(r.recall()).isEqualTo(1.0);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.95);
  }
}
