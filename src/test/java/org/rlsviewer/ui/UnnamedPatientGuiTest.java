package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.service.PatientSummary;

/**
 * An export that names no patient asks who it is when the window keeps it in the patient database;
 * next month's export of the same layout proposes the same patient and merges into them.
 */
@GuiTest
class UnnamedPatientGuiTest extends WindowTestCase {

  @TempDir Path temp;
  private PatientRecords records;

  @BeforeEach
  void openTheWindowOnADatabase() {
    records = GuiTests.records(temp, "clinician");
    window = gui.show(records);
  }

  private Path export(String name, String month) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, "date,severity,notes\n2026-" + month + "-01,4,\n2026-" + month + "-02,6,legs restless\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private DialogFixture open(Path file) {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(file));
    return WindowFinder.findDialog("unnamedPatientDialog").withTimeout(10_000).using(robot);
  }

  private String message(DialogFixture dialog) {
    return GuiActionRunner.execute(() -> {
      StringBuilder text = new StringBuilder();
      for (javax.swing.JLabel l : robot.finder().findAll(dialog.target(),
          new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JLabel>(javax.swing.JLabel.class) {
            @Override
            protected boolean isMatching(javax.swing.JLabel label) {
              return true;
            }
          })) {
        text.append(l.getText()).append('\n');
      }
      return text.toString();
    });
  }

  private List<PatientSummary> shown() {
    return GuiTests.items(() -> window.list("patientList").target());
  }

  @Test
  void theNameGivenIsKeptAndProposedForNextMonthsExportWhichMergesIntoOnePatient() throws Exception {
    DialogFixture first = open(export("march.csv", "03"));
    assertThat(message(first)).contains("march.csv").doesNotContain("earlier export");
    first.textBox("unnamedName").enterText("Jane Roe");
    first.textBox("unnamedBirthDate").enterText("1970-02-03");
    first.textBox("unnamedBirthDate").pressAndReleaseKeys(KeyEvent.VK_ENTER);
    first.requireNotVisible();
    waitFor("Jane Roe in the list", () -> shown().stream().anyMatch(p -> p.displayName().equals("Jane Roe")));
    assertThat(records.patients()).singleElement().satisfies(p ->
        assertThat(p.patient().birthDate()).contains(java.time.LocalDate.of(1970, 2, 3)));

    DialogFixture second = open(export("april.csv", "04"));
    assertThat(message(second)).contains("earlier export with the same fingerprint", "Jane Roe");
    second.textBox("unnamedName").requireText("Jane Roe");
    second.textBox("unnamedBirthDate").requireText("1970-02-03");
    second.button(JButtonMatcher.withText(Messages.get("unnamed.import"))).click();
    waitFor("the second import to be kept", () -> {
      try {
        return records.patients().size() == 1 && records.patients().get(0).imports() == 2;
      } catch (java.io.IOException e) {
        return false;
      }
    });
    waitFor("the merged diary on screen", () -> GuiActionRunner.execute(() -> windowOf(window).currentDiary()
        .map(d -> d.wholeDiary().entries().size() == 4).orElse(false)));
    assertThat(shown()).singleElement().satisfies(p -> assertThat(p.displayName()).isEqualTo("Jane Roe"));
  }

  @Test
  void escapeKeepsTheExportAsOneUnnamedPatientListedOnce() throws Exception {
    DialogFixture dialog = open(export("march.csv", "03"));
    assertThat(message(dialog)).contains("Without a name (Esc)");
    dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
    dialog.requireNotVisible();
    waitFor("the diary to open", () -> GuiActionRunner.execute(() -> windowOf(window).currentReview().isPresent()));
    // showing the diary refreshes its list line: it must stay the one line of the kept patient
    waitFor("the list line", () -> !shown().isEmpty());
    assertThat(shown()).singleElement().satisfies(p -> {
      assertThat(p.displayName()).isEqualTo("Unnamed patient");
      assertThat(p.patientKey()).isEqualTo(records.patients().get(0).patientKey());
    });
  }

  @Test
  void anAnswerWithoutNameOrIdOrWithABadDateIsAskedAgain() throws Exception {
    DialogFixture dialog = open(export("march.csv", "03"));
    dialog.button(JButtonMatcher.withText(Messages.get("unnamed.import"))).click();
    DialogFixture warning = WindowFinder.findDialog(new org.assertj.swing.core.GenericTypeMatcher<java.awt.Dialog>(
        java.awt.Dialog.class) {
      @Override
      protected boolean isMatching(java.awt.Dialog d) {
        return d.isShowing() && !"unnamedPatientDialog".equals(d.getName());
      }
    }).withTimeout(10_000).using(robot);
    warning.button(JButtonMatcher.withText(javax.swing.UIManager.getString("OptionPane.okButtonText"))).click();

    DialogFixture again = WindowFinder.findDialog("unnamedPatientDialog").withTimeout(10_000).using(robot);
    again.textBox("unnamedId").enterText("P-12");
    again.button(JButtonMatcher.withText(Messages.get("unnamed.import"))).click();
    waitFor("the patient kept under the id", () -> {
      try {
        return records.patient("id:P-12").isPresent();
      } catch (java.io.IOException e) {
        return false;
      }
    });
    assertThat(UnnamedPatientQuestion.problem("", "", "")).isPresent();
    assertThat(UnnamedPatientQuestion.problem("Jane", "", "3 Feb 1970")).hasValueSatisfying(
        m -> assertThat(m).contains("3 Feb 1970"));
    assertThat(UnnamedPatientQuestion.problem("Jane", "", "1970-02-03")).isEmpty();
  }
}
