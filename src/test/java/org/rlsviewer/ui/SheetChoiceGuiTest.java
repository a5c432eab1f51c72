package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.nio.file.Path;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.importer.SpreadsheetTestFiles;

/** A workbook with several sheets: the window asks which one holds the diary (issue 19). */
@ShowWindow(packed = true)
class SheetChoiceGuiTest extends WindowTestCase {

  @TempDir Path temp;

  @Test
  void theChosenSheetIsOpened() throws Exception {
    Path workbook = SpreadsheetTestFiles.twoSheetXlsx(Path.of("samples", "numbness-weakness.csv"),
        Path.of("samples", "minimal-columns.csv"), temp.resolve("two.xlsx"));

    GuiActionRunner.execute(() -> windowOf(window).openDiary(workbook));
    JOptionPaneFixture question = window.optionPane(Timeout.timeout(10_000)).requireQuestionMessage();
    @SuppressWarnings("unchecked")
    JComboBox<Object> sheets = window.robot().finder().findByType(question.target(), JComboBox.class, true);
    List<Object> offered = GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, sheets.getItemCount())
        .mapToObj(sheets::getItemAt).toList());
    assertThat(offered).containsExactly("Weeks 1-4", "Weeks 5-6");
    GuiActionRunner.execute(() -> sheets.setSelectedItem("Weeks 5-6"));
    question.okButton().click();

    waitFor("the nights to load", () -> rowCount() > 0);
    int expected = new org.rlsviewer.importer.DiaryImporter()
        .importFile(Path.of("samples", "minimal-columns.csv")).diary().entries().size();
    assertThat(rowCount()).isEqualTo(expected);
  }

  private int rowCount() {
    JTable table = window.robot().finder().findByName(window.target(), "nightsTable", JTable.class, false);
    return GuiActionRunner.execute(table::getRowCount);
  }
}
