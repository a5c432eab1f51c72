package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.swing.JEditorPane;
import javax.swing.JList;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.SuppressedMention;

/**
 * Issue 4's "why not flagged?": a diary whose notes mostly deny symptoms lists the denied mentions
 * with their reason on the Flags tab, none of them in the flag queue, and selecting one shows its
 * night as selecting a flag does.
 */
@ShowWindow(packed = true)
class WhyNotFlaggedGuiTest extends WindowTestCase {

  private static final Path SAMPLE = Path.of("samples", "negations.csv");
  private static final LocalDate NO_NUMBNESS_NIGHT = LocalDate.of(2024, 10, 16);

  @Test
  void deniedNumbnessIsListedAsNegatedAndNotFlagged() {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(SAMPLE));
    waitFor("the diary to load", () -> GuiActionRunner.execute(() -> windowOf(window).currentDiary().isPresent()));
    window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);

    List<SuppressedMention> listed = suppressed();
    assertThat(window.toggleButton("whyNotFlaggedToggle").text()).isEqualTo("Why not flagged? (" + listed.size() + ")");
    assertThat(GuiActionRunner.execute(() -> suppressedList().isShowing())).isFalse();
    window.toggleButton("whyNotFlaggedToggle").click();
    window.list("suppressedList").requireVisible();

    int at = IntStream.range(0, listed.size())
        .filter(i -> listed.get(i).evidence().date().equals(NO_NUMBNESS_NIGHT))
        .filter(i -> listed.get(i).ruleId().equals("numbness"))
        .findFirst().orElseThrow(() -> new AssertionError("no numbness mention of " + NO_NUMBNESS_NIGHT
            + " among " + listed));
    SuppressedMention noNumbness = listed.get(at);
    assertThat(noNumbness.reason()).contains("negated");
    assertThat(noNumbness.evidence().field()).isEqualTo(DiaryField.NOTES);
    assertThat(noNumbness.evidence().fieldText()).isEqualTo("no numbness");
    assertThat(window.list("suppressedList").valueAt(at)).isNotNull();
    assertThat(listed).extracting(SuppressedMention::reason).allMatch(r -> !r.isBlank());

    // the denied symptom is not a flag: the queue holds none on that night for that rule
    assertThat(flags()).noneMatch(f -> f.ruleId().equals("numbness")
        && f.evidence().date().equals(NO_NUMBNESS_NIGHT));
    assertThat(flags()).noneMatch(f -> f.ruleId().equals("numbness"));

    window.list("suppressedList").clickItem(at);
    assertThat(selectedNight()).isEqualTo(NO_NUMBNESS_NIGHT.toString());
    JEditorPane pane = GuiActionRunner.execute(() -> robot.finder()
        .findByName(window.target(), "evidencePane", JEditorPane.class, false));
    String shown = GuiActionRunner.execute(() -> {
      javax.swing.text.Document doc = pane.getDocument();
      return doc.getText(0, doc.getLength());
    });
    assertThat(shown).contains("Not flagged by rule numbness", "Night of 2024-10-16", "no numbness",
        "negated: the patient says it is absent or gone");
    // the words are marked inside the night's text, as for a flag
    assertThat(GuiActionRunner.execute(() -> pane.getText())).containsPattern("no <b[^>]*background[^>]*>numbness</b>");

    // going back to a flag clears the set-aside selection and shows the flag's night
    assertThat(flags()).extracting(Flag::ruleId).containsExactly("swelling");
    window.list("flagList").clickItem(GuiTests.nightRowOf(window, flags().get(0)));
    window.list("suppressedList").requireNoSelection();
    assertThat(selectedNight()).isEqualTo(flags().get(0).evidence().date().toString());
  }

  @SuppressWarnings("unchecked")
  private JList<SuppressedMention> suppressedList() {
    return robot.finder().findByName(window.target(), "suppressedList", JList.class, false);
  }

  private List<SuppressedMention> suppressed() {
    return GuiTests.items(this::suppressedList);
  }

  @SuppressWarnings("unchecked")
  private List<Flag> flags() {
    return GuiTests.queueFlags(window);
  }

  private String selectedNight() {
    return GuiActionRunner.execute(() -> {
      JTable table = robot.finder().findByName(window.target(), "nightsTable", JTable.class, false);
      int row = table.getSelectedRow();
      return row < 0 ? "" : String.valueOf(table.getValueAt(row, 1));
    });
  }

  private static void waitFor(String what, Supplier<Boolean> check) {
    GuiTests.waitFor(what, check, 20_000);
  }
}
