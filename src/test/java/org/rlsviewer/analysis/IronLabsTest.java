package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.LabResult;
import org.rlsviewer.domain.SuggestedTest;

class IronLabsTest {

  private static final LocalDate LAST_NIGHT = LocalDate.of(2026, 3, 31);

  @ParameterizedTest(name = "[{index}] ferritin {0} ({1} days before) tsat {2} -> {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      40   | 10  | -  | Ferritin: AASM iron threshold met (ferritin 40 ng/mL) | meets the AASM 2024 threshold
      75   | 10  | -  | Ferritin: AASM iron threshold met (ferritin 75 ng/mL) | meets the AASM 2024 threshold
      80   | 10  | 25 | Ferritin: repeat when due | allows IV iron only
      100  | 10  | -  | Ferritin: repeat when due | allows IV iron only
      150  | 10  | 30 | Ferritin: repeat when due | Above the AASM 2024 iron thresholds
      150  | 10  | 15 | Ferritin: AASM iron threshold met (TSAT 15%) | meets the AASM 2024 threshold
      150  | 200 | -  | Ferritin                  | consider repeating
      40   | 200 | -  | Ferritin: AASM iron threshold met (ferritin 40 ng/mL) | consider repeating
      -    | 0   | -  | Ferritin                  | -
      """)
  void ferritinReadAgainstTheAasmThresholds(Double ferritin, int daysBefore, Double tsat, String name,
      String phrase) {
    List<LabResult> labs = new ArrayList<>();
    LocalDate date = LAST_NIGHT.minusDays(daysBefore);
    if (ferritin != null) {
      labs.add(new LabResult("ferritin", ferritin, "ng/mL", date));
    }
    if (tsat != null) {
      labs.add(new LabResult("tsat", tsat, "%", date));
    }
    var diary = RuleEngineTest.diary(List.of(RuleEngineTest.night(LAST_NIGHT, null, null, null, null, null, "")));
    SuggestedTest test = new DiaryAnalyser().analyse(diary, labs).tests().get(0);
    assertThat(test.id()).isEqualTo("ferritin");
    assertThat(test.name()).isEqualTo(name);
    if (phrase == null) {
      assertThat(test.reason()).doesNotContain("result");
    } else {
      assertThat(test.reason()).contains(phrase).contains(date.toString());
    }
  }

  @ParameterizedTest(name = "[{index}] eGFR {0}, magnesium {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      25 | 200 | magnesium-kidney:200
      29 | 0   | none
      30 | 200 | none
      80 | 200 | none
      """)
  void lowEgfrFromTheLabsRaisesTheMagnesiumKidneyCaution(int egfr, int magnesium, String expected) {
    var diary = RuleEngineTest.diary(List.of(RuleEngineTest.night(LAST_NIGHT, magnesium, "citrate", null, null,
        null, "")));
    List<LabResult> labs = List.of(new LabResult("egfr", egfr, "mL/min/1.73m2", LocalDate.of(2026, 3, 1)));
    var findings = new DiaryAnalyser().analyse(diary, labs);
    assertThat(findings.flags().stream().map(f -> f.ruleId() + ":" + f.evidence().matched()).findFirst()
        .orElse("none")).isEqualTo(expected);
    if (!expected.equals("none")) {
      assertThat(findings.flags().get(0).rationale()).contains("(eGFR " + egfr + " on 2026-03-01)");
      assertThat(findings.tests()).extracting(SuggestedTest::id).contains("kidney-function");
    }
  }
}
