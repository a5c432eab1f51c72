package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JCheckBoxFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Timeout;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.service.OpenedDiary;

/** The nights-shown range above the tabs, and the sections chosen for the PDF. */
@ShowWindow(diary = "samples/snoring-pauses.csv")
class DateRangeGuiTest extends WindowTestCase {

  @TempDir Path temp;

  @Test
  void presetsAndACustomRangeRestrictTheTablesChartsAndHeaderAndKeepTheReview() {
    Diary whole = shown().wholeDiary();
    LocalDate last = whole.lastNight().orElseThrow();
    int allRows = rowCount();
    int allChartItems = severityItems();
    String allPeriod = window.label("periodLabel").text();
    assertThat(allRows).isEqualTo(whole.entries().size());
    assertThat(window.comboBox("rangePreset").selectedItem()).isEqualTo(Messages.get("range.all"));

    Flag flag = shown().findings().flags().get(0);
    GuiTests.acknowledgeFirstFlag(window);

    window.comboBox("rangePreset").selectItem(Messages.get("range.last", 14));
    waitFor("the last 14 nights", () -> shown().shown().equals(DateRange.between(last.minusDays(13), last)));
    long inFourteen = whole.entries().stream().filter(e -> !e.date().isBefore(last.minusDays(13))).count();
    assertThat(rowCount()).isEqualTo(inFourteen).isLessThan(allRows);
    assertThat(severityItems()).isLessThan(allChartItems).isLessThanOrEqualTo(14);
    assertThat(window.label("periodLabel").text()).isNotEqualTo(allPeriod).contains(last.minusDays(13).toString());
    assertThat(window.label("statusLabel").text()).contains(last.minusDays(13).toString());

    LocalDate from = whole.firstNight().orElseThrow().plusDays(2);
    LocalDate to = from.plusDays(4);
    window.comboBox("rangePreset").selectItem(Messages.get("range.custom"));
    window.textBox("rangeFrom").deleteText().enterText(from.toString());
    window.textBox("rangeTo").deleteText().enterText("not a date");
    window.button("rangeApply").click();
    window.optionPane(Timeout.timeout(5_000)).requireWarningMessage();
    window.optionPane().okButton().click();
    window.textBox("rangeTo").deleteText().enterText(to.toString());
    window.button("rangeApply").click();
    waitFor("the custom range", () -> shown().shown().equals(DateRange.between(from, to)));
    assertThat(rowCount()).isEqualTo(5);
    assertThat(severityItems()).isLessThanOrEqualTo(5);
    assertThat(window.label("periodLabel").text()).contains(from.toString()).contains(to.toString());

    window.comboBox("rangePreset").selectItem(Messages.get("range.all"));
    waitFor("the whole diary", () -> shown().shown().isAll());
    assertThat(rowCount()).isEqualTo(allRows);
    assertThat(severityItems()).isEqualTo(allChartItems);
    assertThat(window.label("periodLabel").text()).isEqualTo(allPeriod);
    Review review = GuiActionRunner.execute(() -> windowOf(window).currentReview().orElseThrow());
    assertThat(review.statusOf(flag)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
  }

  @Test
  void aThirtyNightSummaryStatesItsRangeAndHoldsOnlyThoseNights() throws Exception {
    Diary whole = shown().wholeDiary();
    LocalDate last = whole.lastNight().orElseThrow();
    LocalDate first = last.minusDays(29);
    window.comboBox("rangePreset").selectItem(Messages.get("range.last", 30));
    waitFor("the last 30 nights", () -> shown().shown().equals(DateRange.between(first, last)));

    String text = export(temp.resolve("thirty.pdf"), false);

    assertThat(text).contains(first + " to " + last);
    assertThat(whole.entries()).anyMatch(e -> e.date().isBefore(first));
    whole.entries().stream().filter(e -> e.date().isBefore(first))
        .forEach(e -> assertThat(text).doesNotContain(e.date().toString()));
  }

  @Test
  void untickedSectionsAreLeftOutAndRememberedForTheNextExport() throws Exception {
    String full = export(temp.resolve("full.pdf"), false);
    assertThat(full).contains("Flagged nights in full").contains("Sources of the rules");

    String without = export(temp.resolve("without.pdf"), true);
    assertThat(without).doesNotContain("Flagged nights in full").doesNotContain("Sources of the rules");

    window.menuItem("menu.file.exportPdf").click();
    JFileChooserFixture save = window.fileChooser("exportChooser");
    checkBox("pdfSection.flagged-nights").requireNotSelected();
    checkBox("pdfSection.sources").requireNotSelected();
    checkBox("pdfSection.charts").requireSelected();
    assertThat(GuiActionRunner.execute(() -> robot.finder().findByName("pdfPageOneNote", JLabel.class, true).getText())).isEqualTo(Messages.get("pdf.sections.pageOne"));
    save.cancel();
  }

  private String export(Path pdf, boolean untickTwo) throws Exception {
    return GuiTests.exportPdf(window, pdf, save -> {
      if (untickTwo) {
        checkBox("pdfSection.flagged-nights").uncheck();
        checkBox("pdfSection.sources").uncheck();
      }
    });
  }

  private JCheckBoxFixture checkBox(String name) {
    return new JCheckBoxFixture(robot, robot.finder().findByName(name, JCheckBox.class, true));
  }

  private OpenedDiary shown() {
    return GuiActionRunner.execute(() -> windowOf(window).currentDiary().orElseThrow());
  }

  private int severityItems() {
    return GuiActionRunner.execute(() -> {
      ChartPanel panel = window.robot().finder().findByName(window.target(), "severityChart", ChartPanel.class, false);
      return panel.getChart().getXYPlot().getDataset().getItemCount(0);
    });
  }

  private int rowCount() {
    JTable table = window.robot().finder().findByName(window.target(), "nightsTable", JTable.class, false);
    return GuiActionRunner.execute(table::getRowCount);
  }

}
