package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.rlsviewer.ui.GuiTests.windowOf;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientStore;

/**
 * A patient's next visit in the window: the earlier export was imported weeks ago; opening the
 * later one shows what changed since, offers "since last visit" as a range, and the PDF says it.
 */
class SinceLastVisitGuiTest extends WindowTestCase {

  private static final Path EARLIER =
      Path.of("src", "test", "resources", "org", "rlsviewer", "service", "numbness-weakness-until-2024-06-20.csv");

  @TempDir Path temp;

  @BeforeEach
  void openLaterExport() throws Exception {
    DatabaseSettings db = DatabaseSettings.embedded(temp.resolve("patients.db"));
    Clock weeksAgo = Clock.fixed(Instant.parse("2024-06-21T09:00:00Z"), ZoneOffset.UTC);
    new PatientRecords(new DiaryService(weeksAgo, "test"), PatientStore.open(db, weeksAgo), "clinician")
        .importAndOpen(EARLIER);

    DiaryService today = GuiTests.service();
    PatientRecords records = new PatientRecords(today, PatientStore.open(db, today.clock()), "clinician");
    window = gui.show(today, DiaryLibrary.stored(records));
    gui.openDiary(Path.of("samples", "numbness-weakness.csv"));
  }

  @Test
  void theOverviewTheRangeAndThePdfShowTheChangesSinceTheEarlierImport() throws Exception {
    String overview = GuiActionRunner.execute(() -> {
      javax.swing.text.Document doc = window.robot().finder()
          .findByName(window.target(), "overviewFigures", javax.swing.JEditorPane.class, false).getDocument();
      return doc.getText(0, doc.getLength()).replaceAll("\\s+", " ");
    });
    assertThat(overview).contains(Messages.get("overview.changes"),
        "earlier import on 2024-06-21 (nights 2024-06-03 to 2024-06-20)", "17 of 18 (94%)", "22 of 24 (92%)",
        "lower by 2.8 points", "Leg weakness: new since the last visit (2 nights)");

    String preset = Messages.get("range.sinceVisit", LocalDate.of(2024, 6, 21));
    window.comboBox("rangePreset").selectItem(preset);
    waitFor("the nights since the last visit",
        () -> shown().shown().equals(new DateRange(java.util.Optional.of(LocalDate.of(2024, 6, 21)),
            java.util.Optional.empty())));
    assertThat(rowCount()).isEqualTo(22);
    assertThat(window.comboBox("rangePreset").selectedItem()).isEqualTo(preset);

    String pdf = GuiTests.exportPdf(window, temp.resolve("visit.pdf"), save -> { });
    String firstPage = pdf.substring(0, pdf.indexOf("Page 1 of"));
    assertThat(firstPage).contains("from 2024-06-21");
    // the changes come first after page one (issue 17.6: page one is the same for every patient)
    String secondPage = pdf.substring(pdf.indexOf("Page 1 of"), pdf.indexOf("Page 2 of"));
    assertThat(secondPage).contains("Changes since the last visit",
        "Leg weakness: new since the last visit (2 nights)");
  }

  private OpenedDiary shown() {
    return GuiActionRunner.execute(() -> windowOf(window).currentDiary().orElseThrow());
  }

  private int rowCount() {
    JTable table = window.robot().finder().findByName(window.target(), "nightsTable", JTable.class, false);
    return GuiActionRunner.execute(table::getRowCount);
  }
}
