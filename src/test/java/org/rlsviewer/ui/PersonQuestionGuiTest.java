package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;

/** An export holding several persons asks whose diary to open, and opens that person's nights. */
class PersonQuestionGuiTest {

  @TempDir Path temp;
  private Robot robot;
  private FrameFixture window;
  private Preferences prefs;

  @BeforeAll
  static void failOnThreadViolations() {
    FailOnThreadViolationRepaintManager.install();
  }

  @BeforeEach
  void openWindow() throws Exception {
    prefs = GuiTests.testPreferences();
    DiaryService service = new DiaryService(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")),
        "test", ImportOptions.defaults());
    robot = BasicRobot.robotWithNewAwtHierarchy();
    window = GuiTests.show(robot, () -> new MainWindow(service, new InMemoryReviewArchive(), new SwingWorkerTaskRunner(), prefs));
  }

  @AfterEach
  void closeWindow() throws BackingStoreException {
    GuiTests.close(window, prefs);
  }

  @Test
  void theChosenPersonsNightsAreOpened() throws Exception {
    Path export = temp.resolve("fd-export.csv");
    try (var in = getClass().getResourceAsStream("/org/rlsviewer/importer/formats/flaredown_synthetic.csv")) {
      Files.copy(in, export);
    }

    GuiActionRunner.execute(() -> windowOf(window).openDiary(export));
    JOptionPaneFixture question = window.optionPane(Timeout.timeout(20_000));
    question.requireMessage(java.util.regex.Pattern.compile(".*fd-export.csv holds the diaries of 2 persons.*"));
    question.comboBox().selectItem("QEVuQwEAzz+Xk/ab2C0= (1 row)");
    question.okButton().click();

    waitFor("the second person's diary to load", () -> nights() == 1);
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentDiary().orElseThrow().diary().entries().get(0)
        .severity())).isEqualTo(10);
  }

  private int nights() {
    return GuiActionRunner.execute(() -> windowOf(window).currentDiary().map(d -> d.diary().entries().size()).orElse(0));
  }
}
