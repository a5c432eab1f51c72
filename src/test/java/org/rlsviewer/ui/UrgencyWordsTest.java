package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.swing.JList;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Urgency;

/**
 * The flag list and the nights table always write the urgency out, so it never rests on colour; a
 * possible flag writes its certainty too.
 */
class UrgencyWordsTest {

  @ParameterizedTest(name = "{0} shows as {1}")
  @CsvSource({"URGENT, !! URGENT", "SOON, ! SOON", "ROUTINE, ROUTINE", "INFO, INFO"})
  void theFlagListWritesTheUrgencyWithItsMarks(Urgency urgency, String shown) {
    Flag flag = swelling(urgency, "left ankle swollen");
    String text = GuiActionRunner.execute(() -> {
      QueueRowRenderer renderer = new QueueRowRenderer(f -> Optional.empty());
      renderer.getListCellRendererComponent(new JList<>(), question(flag), 0, false, false);
      return renderer.getText();
    });

    assertThat(text).contains("&nbsp;" + shown + "&nbsp;");
    if (urgency.mark().isEmpty()) {
      assertThat(text).doesNotContain("!");
    }
  }

  @ParameterizedTest(name = "{0}, possible")
  @CsvSource({"URGENT, !! URGENT", "SOON, ! SOON", "ROUTINE, ROUTINE", "INFO, INFO"})
  void aPossibleFlagWritesItsCertaintyBesideTheUrgencyWord(Urgency urgency, String shown) {
    Flag definite = swelling(urgency, "left ankle swollen?");
    Flag possible = new Flag(definite.ruleId(), definite.title(), urgency, definite.evidence(), definite.rationale(),
        definite.basis(), definite.ruleSetVersion(), Certainty.POSSIBLE);
    List<String> texts = GuiActionRunner.execute(() -> {
      QueueRowRenderer renderer = new QueueRowRenderer(f -> Optional.empty());
      List<String> out = new java.util.ArrayList<>();
      for (Flag f : List.of(possible, definite)) {
        for (boolean selected : new boolean[] {false, true}) {
          renderer.getListCellRendererComponent(new JList<>(), question(f), 0, selected, false);
          out.add(renderer.getText());
          out.add(renderer.getAccessibleContext().getAccessibleName());
        }
      }
      return out;
    });

    // possible, unselected and selected: the words follow the urgency chip, and are read out
    for (int i : new int[] {0, 2}) {
      assertThat(texts.get(i)).containsPattern("&nbsp;" + java.util.regex.Pattern.quote(shown)
          + "&nbsp;</span>&nbsp;<font[^>]*><b>\\? possible</b></font>");
      assertThat(texts.get(i + 1)).startsWith(urgency.label() + ", possible, " + possible.title());
    }
    // definite: no tag at all
    for (int i : new int[] {4, 6}) {
      assertThat(texts.get(i)).contains("&nbsp;" + shown + "&nbsp;").doesNotContain("possible");
      assertThat(texts.get(i + 1)).doesNotContain("possible");
    }
  }

  @ParameterizedTest(name = "{0} shows as {1}")
  @CsvSource({"URGENT, !! URGENT", "SOON, ! SOON", "ROUTINE, ROUTINE", "INFO, INFO"})
  void theNightsTableWritesTheUrgencyWithItsMarks(Urgency urgency, String shown) {
    String text = GuiActionRunner.execute(() -> {
      UrgencyCellRenderer renderer = new UrgencyCellRenderer();
      renderer.getTableCellRendererComponent(new JTable(1, 1), urgency, false, false, 0, 0);
      return renderer.getText();
    });

    assertThat(text).isEqualTo(shown);
  }

  /** A one-sided swelling flag of {@code urgency} on the note {@code note}. */
  private static Flag swelling(Urgency urgency, String note) {
    return new Flag("swelling", "One-sided swelling", urgency,
        new Evidence(LocalDate.of(2025, 3, 10), DiaryField.NOTES, "ankle swollen", note, 5, 18),
        "Consider review.", "Basis", "test-1");
  }

  /** The flag as a question of the review queue, with its one night. */
  private static QueueRow.Question question(Flag flag) {
    return new QueueRow.Question(List.of(flag), List.of(new QueueRow.Night(flag.evidence().date(), List.of(flag))));
  }
}
