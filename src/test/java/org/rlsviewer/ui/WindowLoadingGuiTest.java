package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;

/**
 * Start-up shows the window before the service and rules exist: it says it is loading, cannot open
 * a file yet, keeps a diary asked for meanwhile, and opens it once the service is handed over.
 */
class WindowLoadingGuiTest extends WindowTestCase {

  private static final Path SAMPLE = Path.of("samples", "numbness-weakness.csv");

  @Test
  void theWindowSaysLoadingAndOpensTheDiaryAskedForOnceTheServiceIsHandedOver() {
    window = gui.showPacked(() -> new MainWindow(new SwingWorkerTaskRunner(), prefs));

    window.label("statusLabel").requireText(Messages.get("status.starting"));
    window.menuItem("menu.file.open").requireDisabled();
    GuiActionRunner.execute(() -> windowOf(window).openDiary(SAMPLE));
    window.label("statusLabel").requireText(Messages.get("status.starting"));
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentDiary())).isEmpty();
    String titleWhileLoading = window.target().getTitle();

    DiaryService service = GuiTests.service();
    GuiActionRunner.execute(() -> windowOf(window).servicesReady(service,
        DiaryLibrary.session(service, new InMemoryReviewArchive())));

    waitFor("the diary asked for while loading to open",
        () -> GuiActionRunner.execute(() -> windowOf(window).currentDiary().isPresent()));
    assertThat(window.target().getTitle()).isNotEqualTo(titleWhileLoading);
    assertThat(GuiTests.queueFlags(window)).isNotEmpty();
    window.menuItem("menu.file.open").requireEnabled();
  }

  @Test
  void preferencesAskedForWhileLoadingOpenOnceTheRulesExist() {
    window = gui.showPacked(() -> new MainWindow(new SwingWorkerTaskRunner(), prefs));

    window.menuItem("menu.file.preferences").click();
    robot.waitForIdle();
    assertThat(GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
        .anyMatch(w -> w.isShowing() && "preferencesDialog".equals(w.getName())))).isFalse();

    DiaryService service = GuiTests.service();
    // the dialog is modal: handed over from an event of its own, as start-up does
    javax.swing.SwingUtilities.invokeLater(() -> windowOf(window).servicesReady(service,
        DiaryLibrary.session(service, new InMemoryReviewArchive())));

    DialogFixture preferences = WindowFinder.findDialog("preferencesDialog").withTimeout(10_000).using(robot);
    assertThat(preferences.label("prefRuleFile").text()).contains("Built-in", service.ruleSet().version());
    preferences.button("prefOk").click();
  }
}
