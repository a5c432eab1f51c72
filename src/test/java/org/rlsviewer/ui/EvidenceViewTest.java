package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.ShownText;

class EvidenceViewTest {

  private static Evidence in(String text, String matched) {
    int start = text.indexOf(matched);
    return new Evidence(LocalDate.of(2024, 1, 1), DiaryField.NOTES, matched, text, start, start + matched.length());
  }

  @Test
  void aShortNoteIsShownWholeWithTheMatchMarked() {
    String html = EvidenceView.highlighted(in("my left ankle is swollen tonight", "swollen"), null);
    assertThat(html).isEqualTo("\u201cmy left ankle is <b style='background:#ffe08a'>swollen</b> tonight\u201d");
  }

  @Test
  void aNoteLongerThanIsShownGivesTheMatchInItsContextAndTheLength() {
    String text = "x".repeat(1_000_000) + " my left ankle is swollen " + "y".repeat(1_000_000);
    String html = EvidenceView.highlighted(in(text, "swollen"), null);
    assertThat(html).contains("ankle is <b style='background:#ffe08a'>swollen</b>")
        .startsWith("\u201c\u2026").endsWith("\u2026\u201d [2,000,026 characters]");
    assertThat(html.length()).isLessThan(ShownText.LIMIT + 200);
  }
}
