package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.RuleTexts;
import org.rlsviewer.analysis.RuleBook;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientStore;

/** A library switched to a clinic's rule set analyses diaries opened next with it; reviews stay put. */
class DiaryLibraryRulesTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);
  private static final Path SAMPLE = Path.of("samples", "numbness-weakness.csv");

  /** Only the weakness rule, as a clinic might cut the set down. */
  private static final String WEAKNESS_ONLY = "rule-set: clinic-7\n\n"
      + RuleTexts.weaknessRule("Consider neurological review.", "clinic protocol 7");

  @TempDir Path dir;

  @Test
  void sessionLibrary() throws Exception {
    DiaryService diaries = new DiaryService(CLOCK, "test");
    DiaryLibrary library = DiaryLibrary.session(diaries, new InMemoryReviewArchive());
    assertSwitches(library);
  }

  @Test
  void storedLibraryKeepsItsReviews() throws Exception {
    DiaryService diaries = new DiaryService(CLOCK, "test");
    PatientRecords records = new PatientRecords(diaries,
        PatientStore.open(DatabaseSettings.embedded(dir.resolve("rls.db")), CLOCK), "tester");
    DiaryLibrary library = DiaryLibrary.stored(records);
    assertSwitches(library);
    assertThat(library.withRules(new RuleSet(clinicRules())).reviews()).isSameAs(library.reviews());
  }

  private static void assertSwitches(DiaryLibrary library) throws Exception {
    List<Flag> before = flags(library);
    assertThat(before).extracting(Flag::ruleId).contains("numbness", "weakness");
    List<Flag> after = flags(library.withRules(new RuleSet(clinicRules())));
    assertThat(after).extracting(Flag::ruleId).containsOnly("weakness");
    assertThat(after).extracting(Flag::ruleSetVersion).containsOnly("clinic-7");
    assertThat(flags(library)).extracting(Flag::ruleId).contains("numbness");
  }

  private static List<Flag> flags(DiaryLibrary library) throws Exception {
    return library.open(SAMPLE, new DiaryService(CLOCK, "test").openDefaults())
        .opened().findings().flags();
  }

  private static RuleBook clinicRules() throws Exception {
    return RuleBook.read(new StringReader(WEAKNESS_ONLY), "clinic.txt");
  }
}
