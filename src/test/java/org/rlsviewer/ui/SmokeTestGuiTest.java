package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Window;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rlsviewer.service.DiaryService;

/** The --smoke-test run the installer check relies on: passes on a diary, fails on anything else. */
@GuiTest
class SmokeTestGuiTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @AfterEach
  void closeWindows() throws Exception {
    SwingUtilities.invokeAndWait(() -> {
      for (Window w : Window.getWindows()) {
        w.dispose();
      }
    });
  }

  @Test
  void aDiaryOpensPaintsAndExitsZero() throws Exception {
    int status = smokeTest(Path.of("samples", "numbness-weakness.csv"));

    assertThat(status).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .matches("smoke test passed: window shown with 39 nights, first frame painted \\d+ ms after main\\(\\) began\\R");
  }

  @Test
  void aFileThatIsNotADiaryFailsWithTheMessageTheWindowShowed() throws Exception {
    int status = smokeTest(Path.of("pom.xml"));

    assertThat(status).isEqualTo(1);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .startsWith("smoke test failed: the window showed a message instead of the diary");
  }

  private int smokeTest(Path diary) throws Exception {
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    DiaryService service = new DiaryService(Clock.systemDefaultZone(), "test");
    SmokeTest.run(() -> service, diary, System.nanoTime(), out, exit::complete);
    return exit.get(SmokeTest.TIME_LIMIT.toSeconds() + 10, TimeUnit.SECONDS);
  }
}
