package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counting of {@code evaluate --notes} on notes whose flags are given, and the reading of the files. */
class RuleEvaluationTablesTest {

  @TempDir
  Path temp;

  private static RuleEvaluation.Scored note(String id, String language, Set<String> expected, Set<String> found,
      Set<String> possible) {
    return new RuleEvaluation.Scored(id, language, "note " + id, expected, found, possible);
  }

  private static final List<RuleEvaluation.Scored> NOTES = List.of(
      note("1", "en", Set.of("swelling:urgent"), Set.of("swelling:urgent"), Set.of()),
      note("2", "en", Set.of("swelling:urgent"), Set.of("swelling:soon"), Set.of("swelling")),
      note("3", "en", Set.of("swelling:urgent"), Set.of(), Set.of()),
      note("4", "en", Set.of("swelling:soon"), Set.of("swelling:urgent"), Set.of()),
      note("5", "de", Set.of("numbness:routine", "weakness:soon"), Set.of("numbness:routine"), Set.of("numbness")),
      note("6", "de", Set.of(), Set.of("weakness:soon"), Set.of()),
      note("7", "fr", Set.of(), Set.of(), Set.of()));

  @Test
  void perRuleCountsIgnoreUrgencyAndCountPossibleFlags() {
    RuleEvaluation.Result r = RuleEvaluation.score(NOTES);
    assertThat(r.rows()).isEqualTo(7);
    assertThat(r.rules()).extracting(x -> x.counts().label()).containsExactly("numbness", "swelling", "weakness");
    RuleEvaluation.RuleResult swelling = r.rules().get(1);
    // notes 1, 2 and 4 found swelling (whatever its urgency); note 3 missed it
    assertThat(swelling.counts()).isEqualTo(new RuleEvaluation.ClassResult("swelling", 3, 0, 1));
    assertThat(swelling.possible()).isEqualTo(1);
    assertThat(r.rules().get(0)).isEqualTo(
        new RuleEvaluation.RuleResult(new RuleEvaluation.ClassResult("numbness", 1, 0, 0), 1));
    assertThat(r.rules().get(2).counts()).isEqualTo(new RuleEvaluation.ClassResult("weakness", 0, 1, 1));
  }

  @Test
  void labelTableKeepsUrgencyApart() {
    RuleEvaluation.Result r = RuleEvaluation.score(NOTES);
    assertThat(r.classes()).contains(new RuleEvaluation.ClassResult("swelling:urgent", 1, 1, 2),
        new RuleEvaluation.ClassResult("swelling:soon", 0, 1, 1));
    assertThat(r.table().get(0)).isEqualTo(
        "rule:urgency                   support   tp   fp   fn precision recall");
    assertThat(r.mismatches()).extracting(RuleEvaluation.Mismatch::id).containsExactly("2", "3", "4", "5", "6");
  }

  @Test
  void perLanguageCountsPairsOfEachLanguage() {
    RuleEvaluation.Result r = RuleEvaluation.score(NOTES);
    assertThat(r.languages()).containsExactly(new RuleEvaluation.ClassResult("de", 1, 1, 1),
        new RuleEvaluation.ClassResult("en", 1, 2, 3), new RuleEvaluation.ClassResult("fr", 0, 0, 0));
    assertThat(r.notesPerLanguage()).isEqualTo(Map.of("de", 2L, "en", 4L, "fr", 1L));
  }

  @Test
  void swellingConfusionTellsMissedUrgencyApart() {
    RuleEvaluation.Result r = RuleEvaluation.score(NOTES);
    assertThat(r.swelling("urgent", "urgent")).isEqualTo(1);
    assertThat(r.swelling("urgent", "soon")).isEqualTo(1);
    assertThat(r.swelling("urgent", "none")).isEqualTo(1);
    assertThat(r.swelling("soon", "urgent")).isEqualTo(1);
    assertThat(r.swelling("none", "none")).isEqualTo(3);
    assertThat(r.detailTables()).contains(
        "urgent labelled, soon given: 1; urgent labelled, nothing given: 1; soon labelled, urgent given: 1",
        "urgent                               1       1       1",
        "swelling                             4    3    0    1     1.000  0.750        1",
        "en                                   4       4    1    2    3     0.333  0.250");
  }

  @Test
  void readsColumnsByNameFromSeveralFilesOrADirectory() throws Exception {
    Path dir = Path.of(getClass().getResource("evaluation").toURI());
    RuleEvaluation.Result all = RuleEvaluation.evaluate(List.of(dir), new DiaryAnalyser());
    assertThat(all.rows()).isEqualTo(11);
    assertThat(all.notesPerLanguage()).isEqualTo(Map.of("de", 2L, "en", 9L));
    assertThat(all.scored()).extracting(RuleEvaluation.Scored::id)
        .containsExactly("o1", "o2", "o3", "g1", "g2", "e1", "e2", "e3", "e4", "e5", "e6");
    assertThat(all.scored().get(3).expected()).containsExactly("swelling:urgent");
    assertThat(all.scored().get(3).notes()).isEqualTo("linker Knöchel geschwollen");
    assertThat(all.languages()).extracting(RuleEvaluation.ClassResult::support).containsExactly(2, 6);

    RuleEvaluation.Result two = RuleEvaluation.evaluate(
        List.of(dir.resolve("small-de.tsv"), dir.resolve("old-format.tsv")), new DiaryAnalyser());
    assertThat(two.scored()).extracting(RuleEvaluation.Scored::language).containsExactly("de", "de", "en", "en", "en");
  }

  @Test
  void theOldFiveColumnLayoutIsReadAsEnglish() throws Exception {
    RuleEvaluation.Result r = RuleEvaluation.evaluate(
        Path.of(getClass().getResource("evaluation/old-format.tsv").toURI()));
    assertThat(r.rows()).isEqualTo(3);
    assertThat(r.scored()).allSatisfy(s -> assertThat(s.language()).isEqualTo("en"));
    assertThat(r.scored().get(1).expected()).containsExactly("numbness:routine");
    assertThat(r.scored().get(2).expected()).isEmpty();
  }

  @Test
  void aRowWithTooFewColumnsOrAHeaderWithoutNotesIsRejected() throws Exception {
    Path shortRow = temp.resolve("short.tsv");
    Files.writeString(shortRow, "id\tnotes\texpected\nx1\tleft ankle swollen\n");
    assertThatThrownBy(() -> RuleEvaluation.evaluate(shortRow)).isInstanceOf(IOException.class)
        .hasMessage("line 2: expected 3 tab-separated columns");
    Path noNotes = temp.resolve("nonotes.tsv");
    Files.writeString(noNotes, "# comment\nid\ttext\texpected\nx1\tleft ankle swollen\tswelling:urgent\n");
    assertThatThrownBy(() -> RuleEvaluation.evaluate(noNotes)).isInstanceOf(IOException.class)
        .hasMessage("line 2: the header has no 'notes' column");
  }
}
