package org.rlsviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.analysis.DiaryAnalyser;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.importer.DiaryImporter;

class SyntheticDiariesTest {

  private static ImportResult importText(String text) throws Exception {
    return new DiaryImporter(java.time.Clock.fixed(java.time.Instant.parse("2400-01-01T00:00:00Z"), java.time.ZoneOffset.UTC)).importStream(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "synthetic.csv");
  }

  @Test
  void sameSeedGivesTheSameDiaryAndAnotherSeedAnotherOne() {
    SyntheticDiaries.Spec spec = new SyntheticDiaries.Spec(42, 3, 120);
    assertThat(SyntheticDiaries.text(spec)).isEqualTo(SyntheticDiaries.text(new SyntheticDiaries.Spec(42, 3, 120)));
    assertThat(SyntheticDiaries.text(spec)).isNotEqualTo(SyntheticDiaries.text(new SyntheticDiaries.Spec(43, 3, 120)));
    assertThat(SyntheticDiaries.text(spec)).isNotEqualTo(SyntheticDiaries.text(new SyntheticDiaries.Spec(42, 4, 120)));
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      # seed, patient, nights
        1,    0,       56
        7,    12,      365
        2026, 999,     1500
      """)
  void everyRowImportsAndTheMissedNightsAreTheOnlyGaps(long seed, int patient, int nights) throws Exception {
    SyntheticDiaries.Spec spec = new SyntheticDiaries.Spec(seed, patient, nights);
    ImportResult result = importText(SyntheticDiaries.text(spec));

    assertThat(result.report().rejected()).isEmpty();
    assertThat(result.report().imported()).isEqualTo(result.report().dataRows());
    // about one night in forty is missed, as in a real diary
    assertThat(result.report().imported()).isBetween(nights * 9 / 10, nights - 1);
    assertThat(result.diary().patient().id()).isEqualTo(String.format("SYN-%05d", patient));
  }

  @Test
  void aYearOfNightsRaisesRedFlagsButNotOnNightsThatDenyThem() throws Exception {
    // seed 5, patient 0: a snorer whose year holds affirmed weakness, numbness and swelling notes
    ImportResult imported = importText(SyntheticDiaries.text(new SyntheticDiaries.Spec(5, 0, 365)));
    Findings findings = new DiaryAnalyser().analyse(imported.diary());

    Set<String> rules = findings.redFlags().stream().map(Flag::ruleId).collect(Collectors.toSet());
    assertThat(rules).contains("weakness", "numbness", "swelling", "apnea");
    Map<LocalDate, String> notes = imported.diary().entries().stream()
        .collect(Collectors.toMap(DiaryEntry::date, DiaryEntry::notes));
    assertThat(notes.values()).anyMatch(SyntheticDiaries.NEGATED::contains);
    assertThat(findings.redFlags())
        .filteredOn(f -> Set.of("weakness", "numbness", "swelling").contains(f.ruleId()))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(SyntheticDiaries.NEGATED).doesNotContain(notes.get(f.evidence().date())));
  }

  @Test
  void aCohortIsOneFilePerPatient(@TempDir Path dir) throws Exception {
    List<Path> files = SyntheticDiaries.writeCohort(9, 5, 28, dir);

    assertThat(files).hasSize(5).allSatisfy(f -> assertThat(f).isRegularFile());
    assertThat(Files.readString(files.get(2), StandardCharsets.UTF_8))
        .isEqualTo(SyntheticDiaries.text(new SyntheticDiaries.Spec(9, 2, 28)));
    assertThat(new DiaryImporter().importFile(files.get(4)).report().rejected()).isEmpty();
  }

  @Test
  void noteCharactersCountTheNotesWritten() {
    SyntheticDiaries.Spec spec = new SyntheticDiaries.Spec(3, 0, 200);
    long inFile = SyntheticDiaries.text(spec).lines().count();
    assertThat(SyntheticDiaries.noteChars(spec)).isGreaterThan(200L * 5).isLessThan(200L * 60);
    assertThat(inFile).isGreaterThan(180);
  }
}
