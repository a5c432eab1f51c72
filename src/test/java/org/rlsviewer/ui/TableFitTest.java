package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Font;
import java.util.List;
import javax.swing.JTable;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** A header's size, kept between measures, is always what its renderer would measure now. */
class TableFitTest {

  @Test
  void theKeptSizeIsTheRenderersForTheHeaderFontAndSortShownNow() {
    List<String> problems = GuiActionRunner.execute(() -> {
      List<String> wrong = new java.util.ArrayList<>();
      RowsTableModel model = new RowsTableModel(List.of("Week", "Severity median (range)", "Nights"));
      model.show(List.of(List.of("2024-02-05", "7 (4\u20139)", "7/7")));
      JTable table = new FittingTable(model);
      check(table, 1, "two-line HTML header", wrong);
      check(table, 1, "measured again", wrong);

      table.getColumnModel().getColumn(1).setHeaderValue(FittingTable.twoLines("Severity median (range) of the week"));
      check(table, 1, "header text changed", wrong);

      Font bigger = table.getTableHeader().getFont().deriveFont(30f);
      table.getTableHeader().setFont(bigger);
      check(table, 1, "header font changed", wrong);

      TableRowSorter<RowsTableModel> sorter = new TableRowSorter<>(model);
      table.setRowSorter(sorter);
      sorter.setSortKeys(List.of(new RowSorter.SortKey(2, SortOrder.ASCENDING)));
      check(table, 2, "sorted by this column (sort icon)", wrong);
      sorter.setSortKeys(List.of());
      check(table, 2, "unsorted again", wrong);
      return wrong;
    });

    assertThat(problems).isEmpty();
  }

  @Test
  void aTwoLineHeaderIsTallerThanAOneLineOne() {
    int[] heights = GuiActionRunner.execute(() -> {
      JTable table = new FittingTable(new RowsTableModel(List.of("Week", "Severity median (range)")));
      return new int[] {TableFit.headerSize(table, 0).height, TableFit.headerSize(table, 1).height,
          table.getTableHeader().getPreferredSize().height};
    });
    assertThat(heights[1]).isGreaterThan(heights[0]);
    assertThat(heights[2]).as("the header as tall as its tallest heading").isEqualTo(heights[1]);
  }

  private static void check(JTable table, int viewColumn, String when, List<String> wrong) {
    TableColumn column = table.getColumnModel().getColumn(viewColumn);
    TableCellRenderer renderer = table.getTableHeader().getDefaultRenderer();
    Dimension measured = renderer.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1,
        viewColumn).getPreferredSize();
    Dimension kept = TableFit.headerSize(table, viewColumn);
    if (!kept.equals(measured)) {
      wrong.add(when + ": " + kept + " instead of " + measured);
    }
  }
}
