package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.SuggestedTest;
import org.rlsviewer.domain.Urgency;

/** The summary's section with page one's flags: groups, nights, certainty, then the tests. */
class SummaryTextFlagsTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 2, 1);

  private static Flag flag(String rule, Urgency urgency, int day, Certainty certainty) {
    String note = "left leg weak";
    return new Flag(rule, "Leg weakness", urgency, new Evidence(NIGHT.plusDays(day), DiaryField.NOTES, "weak", note,
        9, 13), "Consider a neurological examination.", "basis", "v1", certainty);
  }

  private static List<String> lines(Findings findings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SummaryText(new PrintStream(bytes, true, StandardCharsets.UTF_8)).flagsAndTests(findings);
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aGroupIsPossibleWhenEveryFlagIsAndSaysHowManyWhenSomeAre() {
    Flag caution = new Flag("magnesium-dose", "Magnesium above the upper limit", Urgency.ROUTINE,
        Evidence.wholeValue(NIGHT, DiaryField.MAGNESIUM_MG, "400"), "Above the limit.", "NIH ODS", "v1",
        Certainty.POSSIBLE);
    Findings findings = new Findings("v1", List.of(flag("weakness", Urgency.SOON, 0, Certainty.POSSIBLE),
        flag("weakness", Urgency.SOON, 3, Certainty.DEFINITE), flag("weakness", Urgency.SOON, 3, Certainty.POSSIBLE),
        caution), List.of(new SuggestedTest("ferritin", "Ferritin", "Iron matters.", "AASM")),
        new KeyFigures(5, 5, 5, OptionalDouble.of(4), 5), List.of(), Set.of("magnesium-dose"));

    assertThat(lines(findings)).containsExactly(
        "== Red flags, cautions and suggested tests ==",
        "red flags: 3",
        "- soon, rule weakness: Leg weakness",
        "  nights: 2 (2026-02-01, 2026-02-04); certainty: possible on 2 of 3 flags",
        "  why: Consider a neurological examination.",
        "cautions: 1",
        "- routine, rule magnesium-dose: Magnesium above the upper limit",
        "  nights: 1 (2026-02-01); certainty: possible",
        "  why: Above the limit.",
        "suggested tests: 1",
        "- Ferritin",
        "  reason: Iron matters.",
        "(rule set v1; decision support: review each flag, nothing here is a diagnosis)",
        "");
  }

  @Test
  void noFlagsSaysNone() {
    Findings findings = new Findings("v1", List.of(), List.of(), new KeyFigures(0, 0, 0, OptionalDouble.empty(), 0));
    assertThat(lines(findings)).contains("red flags: none", "cautions: none", "suggested tests: 0");
  }
}
