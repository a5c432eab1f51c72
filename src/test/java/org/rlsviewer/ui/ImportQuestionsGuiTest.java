package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.importer.ImportOptions;

/** The questions a file can raise on opening: day or month first, and what an unknown layout's columns hold. */
class ImportQuestionsGuiTest extends WindowTestCase {

  @TempDir Path temp;

  @BeforeEach
  void openWindow() throws Exception {
    Path mappings = Files.createDirectories(temp.resolve("mappings"));
    window = gui.show(GuiTests.service(ImportOptions.defaults().withMappingsDirectory(mappings)));
  }

  @Test
  void datesThatCouldBeEitherWayAreAskedOnceAndTheAnswerIsUsed() throws Exception {
    Path diary = temp.resolve("either-way.csv");
    Files.writeString(diary, "# patient_id: Q-1\ndate,severity\n05/01/2026,4\n06/01/2026,5\n07/01/2026,3\n",
        StandardCharsets.UTF_8);

    GuiActionRunner.execute(() -> windowOf(window).openDiary(diary));
    window.optionPane(Timeout.timeout(20_000)).buttonWithText(java.util.regex.Pattern.compile("Day first.*"))
        .click();

    waitFor("the diary to load", () -> window.label("patientLabel").text().startsWith("Q-1"));
    assertThat(firstNight()).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void anUnknownLayoutIsMappedByHandAndTheNextFileWithItsHeaderNeedsNoQuestion() throws Exception {
    String header = "when,legs score,comment\n";
    Path first = temp.resolve("own-sheet.csv");
    Files.writeString(first, header + "2026-02-01,6,restless again\n2026-02-02,3,better\n", StandardCharsets.UTF_8);

    GuiActionRunner.execute(() -> windowOf(window).openDiary(first));
    window.optionPane(Timeout.timeout(20_000)).buttonWithText(java.util.regex.Pattern.compile("Map the columns.*"))
        .click();
    DialogFixture mapping = WindowFinder.findDialog("columnMappingDialog").withTimeout(20_000).using(robot);
    assertThat(mapping.table("mappingPreviewTable").target().getRowCount()).isEqualTo(2);
    mapping.comboBox("mappingTarget0").selectItem(DiaryField.DATE.column());
    mapping.comboBox("mappingTarget1").selectItem(DiaryField.SEVERITY.column());
    mapping.comboBox("mappingTarget2").selectItem(DiaryField.NOTES.column());
    mapping.textBox("mappingName").deleteText().enterText("clinic sheet");
    mapping.button("mappingSave").click();

    waitFor("the mapped diary to load", () -> nights() == 2);
    assertThat(firstNight()).isEqualTo(LocalDate.of(2026, 2, 1));

    Path second = temp.resolve("own-sheet-march.csv");
    Files.writeString(second, header + "2026-03-01,5,\n2026-03-02,4,\n2026-03-03,2,\n", StandardCharsets.UTF_8);
    GuiActionRunner.execute(() -> windowOf(window).openDiary(second));
    waitFor("the second file to load with the saved mapping", () -> nights() == 3);
    assertThat(firstNight()).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  private int nights() {
    return GuiActionRunner.execute(() -> windowOf(window).currentDiary().map(d -> d.diary().entries().size()).orElse(0));
  }

  private LocalDate firstNight() {
    return GuiActionRunner.execute(() -> windowOf(window).currentDiary().orElseThrow().diary().firstNight().orElseThrow());
  }

}
