package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.importer.ImportOptions;

/** An export holding several persons asks whose diary to open, and opens that person's nights. */
class PersonQuestionGuiTest extends WindowTestCase {

  @TempDir Path temp;

  @BeforeEach
  void openWindow() throws Exception {
    window = gui.show(GuiTests.service(ImportOptions.defaults()));
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
