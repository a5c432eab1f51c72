package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Urgency;

class FlagsCsvTest {

  private static Flag flag(String rule, Urgency urgency, String date, String words, Certainty certainty) {
    String note = "I think " + words + ", maybe";
    int start = note.indexOf(words);
    return new Flag(rule, rule, urgency,
        new Evidence(LocalDate.parse(date), DiaryField.NOTES, words, note, start, start + words.length()),
        "Consider review.", "Basis", "builtin-1", certainty);
  }

  @Test
  void certaintyIsTheLastColumnAndSeverityIsUnchanged() {
    List<String> lines = FlagsCsv.lines(List.of(
        flag("swelling", Urgency.URGENT, "2026-03-02", "left ankle swollen", Certainty.POSSIBLE),
        flag("weakness", Urgency.SOON, "2026-03-01", "legs weak", Certainty.DEFINITE)));

    assertThat(lines).containsExactly(
        "date,rule,severity,field,evidence,certainty",
        "2026-03-01,weakness,soon,notes,legs weak,definite",
        "2026-03-02,swelling,urgent,notes,left ankle swollen,possible");
  }

  @Test
  void evidenceWithACommaStaysOneQuotedFieldBeforeTheCertainty() {
    assertThat(FlagsCsv.row(flag("numbness", Urgency.SOON, "2026-03-01", "numb, tingling", Certainty.POSSIBLE)))
        .isEqualTo("2026-03-01,numbness,soon,notes,\"numb, tingling\",possible");
  }
}
