package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.service.PatientSummary;
import org.rlsviewer.store.AuditAction;
import org.rlsviewer.store.DatabaseSettings;

/** The window on the patient database: what was opened and reviewed is there again in the next session. */
class StoredPatientsGuiTest extends WindowTestCase {

  @TempDir Path temp;
  private final DiaryService service = GuiTests.service();

  private PatientRecords records() {
    return PatientRecords.open(service, DatabaseSettings.embedded(temp.resolve("patients.db")),
        Clock.systemUTC());
  }

  /** Shows the window on the patient database, returning the records it uses. */
  private PatientRecords startWindow() {
    PatientRecords records = records();
    window = gui.show(service, DiaryLibrary.stored(records));
    return records;
  }

  @Test
  void aReviewedPatientIsListedAndKeepsItsReviewInTheNextSession() throws Exception {
    PatientRecords first = startWindow();
    GuiTests.openSample(window, "numbness-weakness.csv", "Derek Hollis");
    GuiTests.acknowledgeFirstFlag(window);
    Flag acknowledged = GuiTests.firstFlag(window);
    assertThat(windowOf(window).awaitReviewWritten(10_000)).isTrue();
    window.cleanUp();
    window = null;

    PatientRecords second = startWindow();
    waitFor("the kept patient to be listed", () -> shown().size() == 1);
    PatientSummary line = shown().get(0);
    assertThat(line.displayName()).isEqualTo("Derek Hollis (RLS-4203)");
    assertThat(line.openFlags()).isEqualTo(service.open(Path.of("samples", "numbness-weakness.csv"))
        .findings().flags().size() - 1);

    window.list("patientList").selectItem(0);
    waitFor("the kept diary to open", () -> window.label("patientLabel").text().startsWith("Derek Hollis"));
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow().statusOf(acknowledged)))
        .isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThat(second.history(line.patientKey())).extracting(org.rlsviewer.store.AuditEvent::action)
        .contains(AuditAction.IMPORT, AuditAction.OPEN);
  }

  @Test
  void aChangeRefusedBecauseAColleagueChangedTheReviewOffersToReloadWithTheirs() throws Exception {
    startWindow();
    GuiTests.openSample(window, "numbness-weakness.csv", "Derek Hollis");
    String key = shown().get(0).patientKey();
    window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);
    Flag first = flagAt(0);
    Flag second = flagAt(1);

    // A colleague dismisses the first flag from another workstation.
    PatientRecords colleague = records();
    colleague.reviews().reviewOf(key);
    colleague.reviews().record(key, new org.rlsviewer.domain.ReviewDecision(first.key(), ReviewStatus.DISMISSED,
        "known neuropathy", "", "Dr Colleague", Instant.parse("2026-11-25T10:05:00Z")));

    GuiTests.selectNightOf(window, second);
    window.button("acknowledgeButton").click();

    org.assertj.swing.fixture.JOptionPaneFixture question = window.optionPane(Timeout.timeout(10_000));
    question.requireWarningMessage().requireMessage(java.util.regex.Pattern.compile(".*changed by someone else.*",
        java.util.regex.Pattern.DOTALL));
    question.buttonWithText(Messages.get("review.conflict.reload")).click();

    waitFor("the patient to be read again", () -> GuiActionRunner.execute(() -> windowOf(window).currentReview()
        .map(r -> r.statusOf(first) == ReviewStatus.DISMISSED).orElse(false)));
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow().statusOf(second)))
        .as("our refused change is not there").isEqualTo(ReviewStatus.OPEN);
    // and now changes save again
    window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);
    GuiTests.selectNightOf(window, second);
    window.button("acknowledgeButton").click();
    assertThat(windowOf(window).awaitReviewWritten(10_000)).isTrue();
    assertThat(colleague.reviews().reviewOf(key).statusOf(second)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThat(colleague.reviews().reviewOf(key).statusOf(first)).isEqualTo(ReviewStatus.DISMISSED);
  }

  private Flag flagAt(int index) {
    return GuiTests.queueFlags(window).get(index);
  }

  @Test
  void historyShowsTheAuditTrailAndDeleteRemovesThePatientAfterConfirmation() throws Exception {
    PatientRecords records = startWindow();
    GuiTests.openSample(window, "one-sided-swelling.csv", "Anita Sorensen");
    GuiTests.acknowledgeFirstFlag(window);
    assertThat(windowOf(window).awaitReviewWritten(10_000)).isTrue();
    String key = shown().get(0).patientKey();

    window.menuItem("menu.patient.history").click();
    org.assertj.swing.fixture.DialogFixture history = org.assertj.swing.finder.WindowFinder
        .findDialog("historyDialog").withTimeout(10_000).using(robot);
    List<String> actions = GuiActionRunner.execute(() -> {
      javax.swing.JTable table = history.table("historyTable").target();
      return java.util.stream.IntStream.range(0, table.getRowCount())
          .mapToObj(r -> String.valueOf(table.getValueAt(r, 2))).toList();
    });
    assertThat(actions).contains("Import", "Opened", "Review change");
    history.button("historyClose").click();

    window.menuItem("menu.patient.delete").click();
    window.optionPane(Timeout.timeout(10_000)).buttonWithText("Cancel").click();
    assertThat(records.patients()).hasSize(1);

    window.menuItem("menu.patient.delete").click();
    window.optionPane(Timeout.timeout(10_000)).buttonWithText("Delete").click();
    waitFor("the patient to leave the list", () -> shown().isEmpty());
    assertThat(records.patients()).isEmpty();
    assertThat(records.openPatient(key)).isEmpty();
    window.menuItem("menu.file.exportPdf").requireDisabled();
  }

  @SuppressWarnings("unchecked")
  /** The caffeine hour chosen in File > Preferences reaches a diary opened through the database, whatever range. */
  @Test
  void theCaffeineHourChosenShapesTheLifestyleFiguresAndSurvivesAnotherRange() {
    prefs.putInt(PreferencesDialog.CAFFEINE_PREF, 13);
    startWindow();
    GuiActionRunner.execute(() -> windowOf(window).openDiary(Path.of("samples", "magnesium-responder.csv")));
    waitFor("the diary to load", () -> GuiActionRunner.execute(() -> windowOf(window).currentDiary().isPresent()));
    assertThat(lateCaffeine()).isEqualTo("caffeine after 13:00");

    java.time.LocalDate last = currentDiary().wholeDiary().lastNight().orElseThrow();
    window.comboBox("rangePreset").selectItem(Messages.get("range.last", 14));
    waitFor("the last 14 nights",
        () -> currentDiary().shown().equals(org.rlsviewer.domain.DateRange.between(last.minusDays(13), last)));

    assertThat(lateCaffeine()).isEqualTo("caffeine after 13:00");
  }

  private org.rlsviewer.service.OpenedDiary currentDiary() {
    return GuiActionRunner.execute(() -> windowOf(window).currentDiary().orElseThrow());
  }

  private String lateCaffeine() {
    return currentDiary().analysis().lifestyle().stream().map(org.rlsviewer.domain.LifestyleFactor::factor)
        .filter(f -> f.startsWith("caffeine after")).findFirst().orElseThrow();
  }

  private List<PatientSummary> shown() {
    return GuiTests.items(() -> window.list("patientList").target());
  }

  private static String describe(java.awt.Container c) {
    StringBuilder sb = new StringBuilder();
    for (java.awt.Component child : c.getComponents()) {
      if (child instanceof javax.swing.JLabel l) {
        sb.append(l.getText()).append(' ');
      } else if (child instanceof javax.swing.text.JTextComponent t) {
        sb.append(t.getText()).append(' ');
      } else if (child instanceof java.awt.Container inner) {
        sb.append(describe(inner));
      }
    }
    return sb.toString();
  }

  private void waitFor(String what, Supplier<Boolean> done) {
    Pause.pause(new Condition(what) {
      @Override
      protected String descriptionAddendum() {
        return " (status: " + GuiActionRunner.execute(() -> window.label("statusLabel").target().getText())
            + "; dialogs: " + GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(w -> w.isShowing() && w instanceof java.awt.Dialog).map(w -> ((java.awt.Dialog) w).getTitle()
                    + ": " + describe(w)).toList()) + ")";
      }

      @Override
      public boolean test() {
        return done.get();
      }
    }, Timeout.timeout(60_000));
  }
}
