package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.RuleTexts;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.Urgency;

class RuleBookTest {

  private static final String RULE = RuleTexts.weaknessRule("Consider review.", "Somebody 2020");

  @TempDir Path temp;

  private static RuleBook read(String text) throws Exception {
    return RuleBook.read(new StringReader(text), "clinic-rules.txt");
  }

  @Test
  void builtInRuleSetHasTheStableIdsAndEveryRuleASource() {
    RuleBook book = RuleBook.builtIn();
    assertThat(book.version()).isEqualTo("2026.12-8");
    assertThat(book.rules()).extracting(Rule::id).contains("weakness", "numbness", "swelling", "apnea",
        "cauda-equina", "augmentation", "magnesium-dose", "magnesium-kidney", "magnesium-side-effect",
        "magnesium-interaction", "pregnancy", "aggravating-medication", "ferritin", "iron-studies", "cbc",
        "kidney-function", "sleep-study", "neuropathy-screen", "duplex-ultrasound", "oedema-workup");
    assertThat(book.rules()).allSatisfy(r -> {
      assertThat(r.source()).isNotBlank();
      assertThat(r.version()).isPositive();
      assertThat(r.enabled()).isTrue();
      assertThat(r.rationale().toLowerCase()).containsAnyOf("consider", "review")
          .doesNotContain("stop taking").doesNotContain("diagnosis of");
    });
    assertThat(book.rules()).filteredOn(r -> r.kind() == RuleKind.FLAG && r.urgency() == Urgency.URGENT)
        .extracting(Rule::id).containsOnly("swelling", "cauda-equina");
  }

  @Test
  void aClinicFileCanSwitchOffAndAddRulesAndStampsItsOwnVersion() throws Exception {
    Path file = temp.resolve("clinic.txt");
    Files.writeString(file, "rule-set: clinic-7\n" + RULE.replace("urgency: soon", "urgency: soon\nenabled: no")
        + """

        [arm-restlessness]
        version: 1
        kind: flag
        urgency: routine
        trigger: words restless|jumpy ~ arm|arms
        title: Restless arms
        rationale: Consider review of whether symptoms are spreading.
        source: Clinic protocol 2026
        """);
    RuleBook book = RuleBook.load(file);
    assertThat(book.version()).isEqualTo("clinic-7");
    assertThat(book.rules()).hasSize(2);
    assertThat(book.enabled()).extracting(Rule::id).containsExactly("arm-restlessness");
    DiaryEntry night = RuleEngineTest.night(LocalDate.of(2026, 1, 2), null, null, null, null, null,
        "legs weak and restless in both arms tonight");
    List<Flag> flags = new DiaryAnalyser(book).analyse(new Diary(Patient.unknown(), Map.of(), List.of(night),
        List.of())).flags();
    assertThat(flags).extracting(Flag::ruleId).containsExactly("arm-restlessness");
    assertThat(flags.get(0).evidence().matched()).isEqualTo("restless in both arms");
    assertThat(flags.get(0).ruleSetVersion()).isEqualTo("clinic-7");
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @CsvSource(delimiter = '|', textBlock = """
      urgency: soon                     | urgency: sometimes                 | line 5: urgency 'sometimes' must be urgent, soon, routine or info
      kind: flag                        | kind: warning                      | line 4: kind 'warning' must be flag, caution, suggested-test or info
      trigger: note weakness            | trigger: note wobbles              | line 6: 'note' needs a known concept
      trigger: note weakness            | trigger: moonphase                 | line 6: unknown trigger 'moonphase'
      trigger: note weakness            | trigger: words ~ legs              | line 6: 'words' pattern: A pattern must start and end with words
      trigger: note weakness            | trigger: test always               | line 6: a 'test ...' trigger needs kind suggested-test
      trigger: note weakness            | trigger: magnesium-dose lots       | line 6: 'magnesium-dose' needs the daily limit in mg
      trigger: note weakness            | trigger: epworth 24                | line 6: 'epworth' needs the total above which it fires (1-23)
      trigger: note weakness            | trigger: drowsy-driving 3          | line 6: 'drowsy-driving' takes no argument
      trigger: note weakness            | trigger: words fell ~ !asleep     | line 6: 'words' pattern: A pattern must start and end with words
      version: 1                        | version: one                       | line 3: version 'one' must be a whole number
      source: Somebody 2020             | source:                            | line 9: rule [weakness] needs a non-empty 'source'
      source: Somebody 2020             | sauce: Somebody 2020               | line 9: unknown key 'sauce'
      [weakness]                        | [Weakness Rule]                    | line 2: rule id 'Weakness Rule' must be lower-case words
      title: Leg weakness               | title: Leg weakness\\ntitle: again | line 8: 'title' given twice in rule [weakness]
      title: Leg weakness               | title: Weakness of {side}          | line 7: {side} is not known to trigger 'note' (it offers none)
      """)
  void problemsAreReportedWithTheirLine(String from, String to, String expected) {
    String text = "rule-set: 1\n" + RULE.replace(from, to.replace("\\n", "\n"));
    assertThatThrownBy(() -> read(text)).isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith("clinic-rules.txt: ").hasMessageContaining(expected);
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    String text = "rule-set: 1\n" + RULE.replace("urgency: soon", "urgency: later").replace("kind: flag", "kind: x")
        + "\n" + RULE;
    assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(RuleFileException.class, e ->
        assertThat(e.problems()).extracting(RuleFileException.Problem::line).containsExactly(4, 5));
    assertThatThrownBy(() -> read("rule-set: 1\n" + RULE + "\n" + RULE))
        .hasMessageContaining("line 11: rule [weakness] with trigger 'note weakness' is given twice");
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      RULE_ONLY                        | the file must name its version first
      rule-set: 1                      | the file holds no rules
      rule-set: one two                | line 1: rule-set version 'one two'
      title: stray                     | line 1: 'title' outside a rule
      rule-set 1                       | line 1: expected 'key: value' or a [rule-id] heading
      """)
  void fileLevelProblems(String text, String expected) {
    String file = text.equals("RULE_ONLY") ? RULE : text;
    assertThatThrownBy(() -> read(file)).isInstanceOf(RuleFileException.class).hasMessageContaining(expected);
  }

  /** Damaged copies of the built-in file give a RuleFileException or a valid book, never a crash. */
  @Test
  void damagedFilesAreReportedNotThrownAsRuntimeErrors() throws Exception {
    String original;
    try (var in = RuleBook.class.getResourceAsStream("ruleset.txt")) {
      original = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    List<String> lines = original.lines().toList();
    java.util.Random random = new java.util.Random(20261125);
    for (int round = 0; round < 300; round++) {
      List<String> damaged = new java.util.ArrayList<>(lines);
      int at = random.nextInt(damaged.size());
      switch (round % 4) {
        case 0 -> damaged.remove(at);
        case 1 -> damaged.add(at, damaged.get(random.nextInt(damaged.size())));
        case 2 -> {
          String l = damaged.get(at);
          int cut = l.isEmpty() ? 0 : random.nextInt(l.length());
          damaged.set(at, l.substring(0, cut));
        }
        default -> damaged.set(at, damaged.get(at) + (char) (' ' + random.nextInt(90)));
      }
      String text = String.join("\n", damaged);
      try {
        RuleBook book = read(text);
        assertThat(book.enabled()).isNotEmpty();
      } catch (RuleFileException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
          assertThat(p.line()).isBetween(0, damaged.size());
          assertThat(p.message()).isNotBlank();
        });
      }
    }
  }
}
