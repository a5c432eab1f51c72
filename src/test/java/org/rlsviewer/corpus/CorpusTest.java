package org.rlsviewer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed corpus is what the generator writes, and its two parts share no template, writer or note. */
class CorpusTest {

  private static final Set<String> LABELS = Set.of("weakness:soon", "numbness:routine", "swelling:urgent",
      "swelling:soon", "apnea:soon", "cauda-equina:urgent", "augmentation:soon", "magnesium-dose:routine",
      "magnesium-side-effect:routine", "magnesium-kidney:soon", "pregnancy:routine", "aggravating-medication:routine");

  private static Path committed(String relative) throws Exception {
    return Path.of(CorpusTest.class.getResource("/org/rlsviewer/analysis/corpus/" + relative).toURI());
  }

  private static List<String[]> rows(String relative) throws Exception {
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    for (String line : Files.readAllLines(committed(relative), StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      assertThat(cols).as("columns of %s: %s", relative, line).hasSize(8);
      if (header) {
        assertThat(line).isEqualTo(CorpusGenerator.HEADER);
        header = false;
      } else {
        rows.add(cols);
      }
    }
    return rows;
  }

  @Test
  void committedFilesAreExactlyWhatTheGeneratorWrites() throws Exception {
    Map<String, String> generated = CorpusGenerator.generate();
    assertThat(generated).hasSize(8);
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(Files.readString(committed(file.getKey()), StandardCharsets.UTF_8))
          .as("%s is not what CorpusGenerator writes: regenerate it (docs/note-corpus.md)", file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void theSplitIsCleanAndLargeEnough() throws Exception {
    Set<String> devTemplates = new HashSet<>();
    Set<String> devWriters = new HashSet<>();
    Set<String> blindTemplates = new HashSet<>();
    Set<String> blindWriters = new HashSet<>();
    for (String language : CorpusGenerator.LANGUAGES) {
      List<String[]> dev = rows("dev/notes-" + language + ".tsv");
      List<String[]> blind = rows("blind/notes-" + language + ".tsv");
      dev.forEach(r -> {
        devWriters.add(r[2]);
        devTemplates.add(r[3]);
      });
      blind.forEach(r -> {
        blindWriters.add(r[2]);
        blindTemplates.add(r[3]);
      });
      int total = dev.size() + blind.size();
      assertThat(total).as("notes in %s", language).isGreaterThanOrEqualTo(language.equals("en") ? 2000 : 300);
      assertThat((double) dev.size() / total).as("development share in %s", language).isBetween(0.5, 0.7);
      Set<String> devNotes = new HashSet<>();
      dev.forEach(r -> devNotes.add(r[6].toLowerCase(java.util.Locale.ROOT)));
      assertThat(blind).noneMatch(r -> devNotes.contains(r[6].toLowerCase(java.util.Locale.ROOT)));
      for (String[] r : concat(dev, blind)) {
        assertThat(r[1]).isEqualTo(language);
        assertThat(r[6]).isNotBlank();
        for (String label : r[7].split(" ")) {
          assertThat(label.isEmpty() || LABELS.contains(label)).as("label '%s' of %s", label, r[0]).isTrue();
        }
      }
      long negative = concat(dev, blind).stream().filter(r -> r[7].isEmpty()).count();
      assertThat((double) negative / total).as("share of notes where nothing should fire in %s", language)
          .isBetween(0.25, 0.75);
    }
    assertThat(devTemplates).doesNotContainAnyElementsOf(blindTemplates);
    assertThat(devWriters).doesNotContainAnyElementsOf(blindWriters);
  }

  @Test
  void everyRuleOfTheBriefIsCoveredInBothParts() throws Exception {
    for (String part : List.of("dev", "blind")) {
      Set<String> labels = new HashSet<>();
      for (String[] r : rows(part + "/notes-en.tsv")) {
        labels.addAll(List.of(r[7].split(" ")));
      }
      assertThat(labels).as("labels in the %s part", part).containsAll(LABELS);
    }
  }

  private static List<String[]> concat(List<String[]> a, List<String[]> b) {
    List<String[]> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
