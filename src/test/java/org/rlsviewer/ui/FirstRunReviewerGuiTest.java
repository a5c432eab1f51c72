package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.store.AuditEvent;

/**
 * The first start asks who reviews (name and clinic, kept in the preferences); the patient's
 * History then records the reviewer with the computer account beside it.
 */
@GuiTest
class FirstRunReviewerGuiTest extends WindowTestCase {

  private PatientRecords records;

  @BeforeEach
  void openTheWindowOnADatabase(@TempDir Path temp) {
    records = GuiTests.records(temp, "jsmith");
    window = gui.show(records);
  }

  private DialogFixture askAsAtStart() {
    SwingUtilities.invokeLater(() -> windowOf(window).askReviewerOnFirstRun());
    return WindowFinder.findDialog("reviewerDialog").withTimeout(10_000).using(robot);
  }

  @Test
  void theNameAndClinicGivenSignTheVisitTabAndTheHistory() throws Exception {
    DialogFixture dialog = askAsAtStart();
    dialog.textBox("reviewerName").enterText("Dr Ana Ruiz");
    dialog.textBox("reviewerClinic").enterText("Northside Practice");
    dialog.textBox("reviewerClinic").pressAndReleaseKeys(KeyEvent.VK_ENTER);
    dialog.requireNotVisible();

    waitFor("the name saved", () -> "Dr Ana Ruiz".equals(prefs.get(ClinicianPrefs.NAME, "")));
    assertThat(prefs.get(ClinicianPrefs.CLINIC, "")).isEqualTo("Northside Practice");

    GuiTests.openSample(window, "numbness-weakness.csv", "Derek Hollis");
    GuiTests.acknowledgeFirstFlag(window);
    waitFor("the decision written", () -> GuiActionRunner.execute(() -> windowOf(window)).awaitReviewWritten(5_000));
    assertThat(records.history("id:RLS-4203")).extracting(AuditEvent::actor).isNotEmpty()
        .containsOnly("Dr Ana Ruiz (jsmith)");
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow().decisions().values()
        .iterator().next().reviewer())).isEqualTo("Dr Ana Ruiz");

    // once a reviewer is named, the next start asks nothing
    assertThat(GuiActionRunner.execute(() -> ReviewerQuestion.askOnFirstRun(window.target(), prefs))).isFalse();
  }

  @Test
  void laterOrEscapeSavesNothingAndTheHistoryNamesTheAccountAlone() throws Exception {
    DialogFixture dialog = askAsAtStart();
    dialog.textBox("reviewerName").enterText("Dr Ana Ruiz");
    dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
    dialog.requireNotVisible();
    assertThat(prefs.get(ClinicianPrefs.NAME, "")).isEmpty();

    GuiTests.openSample(window, "numbness-weakness.csv", "Derek Hollis");
    assertThat(records.history("id:RLS-4203")).extracting(AuditEvent::actor).isNotEmpty().containsOnly("jsmith");

    DialogFixture again = askAsAtStart();
    again.button(org.assertj.swing.core.matcher.JButtonMatcher.withText(Messages.get("reviewer.later"))).click();
    again.requireNotVisible();
    assertThat(prefs.get(ClinicianPrefs.NAME, "")).isEmpty();
  }
}
