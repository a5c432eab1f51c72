package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IRLS tab: the diary's own totals, a total the clinician enters beside them (undo and redo),
 * and the PDF holding both.
 */
@ShowWindow(diary = "src/test/resources/org/rlsviewer/analysis/irls-weekly.csv")
class IrlsGuiTest extends WindowTestCase {

  private static final int IRLS_TAB = 6;

  @TempDir Path temp;

  @Test
  void aTotalEnteredByTheClinicianStandsBesideTheDiarysAndReachesThePdf() throws Exception {
    window.tabbedPane("mainTabs").selectTab(IRLS_TAB);
    JTableFixture table = window.table("irlsTable");
    int fromDiary = table.rowCount();
    assertThat(fromDiary).isPositive();
    assertThat(table.valueAt(TableCell.row(0).column(4))).isEqualTo(Messages.get("irls.fromDiary"));
    window.textBox("irlsDate").requireText("2026-11-25"); // today (the test service's clock), suggested

    window.textBox("irlsDate").deleteText().enterText("not a date");
    window.button("irlsAdd").click();
    window.optionPane(Timeout.timeout(5_000)).requireWarningMessage().okButton().click();
    assertThat(table.rowCount()).isEqualTo(fromDiary);

    window.textBox("irlsDate").deleteText().enterText("2025-01-10");
    window.spinner("irlsTotal").enterTextAndCommit("24");
    window.button("irlsAdd").click();

    assertThat(table.rowCount()).isEqualTo(fromDiary + 1);
    int row = 1; // in date order, between the diary's totals of 7 and 14 January
    assertThat(fromDiary).isEqualTo(2);
    assertThat(table.valueAt(TableCell.row(row).column(0))).isEqualTo("2025-01-10");
    assertThat(table.valueAt(TableCell.row(row).column(1))).isEqualTo("24 / 40");
    assertThat(table.valueAt(TableCell.row(row).column(2))).isEqualTo("severe");
    assertThat(table.valueAt(TableCell.row(row).column(3))).startsWith("median ");
    assertThat(table.valueAt(TableCell.row(row).column(4))).isEqualTo(Messages.get("irls.fromClinician"));

    window.menuItem("menu.edit.undo").click();
    assertThat(table.rowCount()).isEqualTo(fromDiary);
    window.menuItem("menu.edit.redo").click();
    assertThat(table.rowCount()).isEqualTo(fromDiary + 1);

    table.selectRows(0);
    window.button("irlsRemove").requireDisabled();
    table.selectRows(row);
    window.button("irlsRemove").requireEnabled();

    String pdf = GuiTests.exportPdf(window, temp.resolve("irls.pdf"), save -> { }).replaceAll("\\s+", " ");
    assertThat(pdf).contains("2025-01-10 24 of 40 severe").contains("entered by the clinician");

    window.button("irlsRemove").click();
    assertThat(table.rowCount()).isEqualTo(fromDiary);
  }
}
