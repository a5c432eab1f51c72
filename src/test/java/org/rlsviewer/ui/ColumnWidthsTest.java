package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** Column widths measured off the EDT from the font leave room for every measured cell and header. */
class ColumnWidthsTest {

  private static final List<List<String>> ROWS = List.of(
      List.of("2024-02-05 to 2024-02-11", "7/7", "7 (4\u20139)"),
      List.of("2024-02-12 to 2024-02-18", "6/7", "6.5 (5\u20139) and a much longer cell"),
      List.of("2024-02-19", "7/7", "7"));

  @Test
  void everyMeasuredCellAndHeaderFitsItsColumn() {
    // measured here, off the EDT, as the background open does
    ColumnWidths measured = ColumnWidths.measure(3, ROWS.size(), (r, c) -> ROWS.get(r).get(c));

    List<String> problems = GuiActionRunner.execute(() -> {
      RowsTableModel model = new RowsTableModel(List.of("Week", "Nights", "Severity median (range)"));
      model.show(ROWS);
      JTable table = new JTable(model);
      java.util.function.BiFunction<Integer, Integer, String> text = (r, c) -> ROWS.get(r).get(c);
      ColumnWidths widths = measured.in(table, ROWS.size(), text);
      List<String> cut = new java.util.ArrayList<>();
      for (int c = 0; c < 3; c++) {
        int width = widths.columnWidth(table, c, text);
        if (width < TableFit.headerWidth(table, c)) {
          cut.add("header " + c);
        }
        for (int r = 0; r < ROWS.size(); r++) {
          int needed = table.prepareRenderer(table.getCellRenderer(r, c), r, c).getPreferredSize().width;
          if (width < needed) {
            cut.add("row " + r + " column " + c + ": " + width + " < " + needed);
          }
        }
      }
      return cut;
    });

    assertThat(problems).isEmpty();
  }

  @Test
  void theWidestTextSetsTheWidth() {
    ColumnWidths measured = ColumnWidths.measure(3, ROWS.size(), (r, c) -> ROWS.get(r).get(c));
    assertThat(measured.textWidths()[2]).as("the long severity cell is the widest of its column")
        .isGreaterThan(ColumnWidths.measure(3, 1, (r, c) -> ROWS.get(r).get(c)).textWidths()[2]);
  }
}
