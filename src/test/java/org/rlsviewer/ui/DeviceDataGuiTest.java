package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.ui.GuiTests.waitFor;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.JTable;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.service.PatientSummary;
import org.rlsviewer.store.DatabaseSettings;

/**
 * Issue 19.3 in the window: a patient's diary, then File › Add Device Data… with a Sleep as Android
 * export of the same weeks. Both sources show (the Device tab's chart has a line for each, its table
 * the device's nights beside the diary's), the diary's nights are unchanged, the list holds one patient.
 */
class DeviceDataGuiTest extends WindowTestCase {

  private static final Path DIR = Path.of("src", "test", "resources", "org", "rlsviewer", "service", "device");

  @TempDir Path temp;
  private final DiaryService service = GuiTests.service();

  @Test
  void aTrackerAddedToThePatientShownIsAShownSourceBesideTheDiary() throws Exception {
    PatientRecords records = PatientRecords.open(service, DatabaseSettings.embedded(temp.resolve("patients.db")),
        Clock.systemUTC());
    window = gui.show(service, DiaryLibrary.stored(records));
    GuiTests.openDiary(window, DIR.resolve("diary-march.csv"));
    window.tabbedPane("mainTabs").selectTab(Messages.get("tab.device"));
    assertThat(tableRows("deviceTable")).isZero();
    assertThat(window.label("deviceHeading").text()).contains("No device data");

    window.menuItem("menu.file.addDevice").click();
    JFileChooserFixture chooser = window.fileChooser("deviceChooser");
    chooser.selectFile(DIR.resolve("sleep-export.csv").toAbsolutePath().toFile());
    chooser.approve();
    waitFor("the device nights to show", () -> tableRows("deviceTable") == 7);

    assertThat(window.label("deviceHeading").text()).contains("Device (Sleep as Android)");
    List<String> series = GuiActionRunner.execute(() -> {
      XYPlot plot = ((ChartPanel) window.panel("deviceChart").target()).getChart().getXYPlot();
      return IntStream.range(0, plot.getDatasetCount())
          .mapToObj(i -> plot.getDataset(i).getSeriesKey(0).toString()).toList();
    });
    assertThat(series).containsExactly("Diary: sleep (h)", "Device (Sleep as Android): sleep (h)");
    String thirdRow = GuiActionRunner.execute(() -> {
      JTable t = robot.finder().findByName("deviceTable", JTable.class, false);
      return IntStream.range(0, t.getColumnCount()).mapToObj(c -> String.valueOf(t.getValueAt(2, c)))
          .reduce((a, b) -> a + "|" + b).orElse("");
    });
    assertThat(thirdRow).isEqualTo("2026-03-04|22:45\u201306:30|6.8|4|Sleep as Android|6.4|5.9|1|2.05 mean|25"
        + "|Woke up gasping apnea");
    assertThat(tableRows("nightsTable")).isEqualTo(14);
    // the Nights table has the tracker's measures it has data for, units in the headings
    java.util.Map<String, Object> fourth = GuiActionRunner.execute(() -> {
      JTable t = robot.finder().findByName("nightsTable", JTable.class, false);
      java.util.Map<String, Object> cells = new java.util.LinkedHashMap<>();
      for (int row = 0; row < t.getRowCount(); row++) {
        if (java.time.LocalDate.of(2026, 3, 4).equals(t.getModel().getValueAt(t.convertRowIndexToModel(row), 1))) {
          for (int c = 0; c < t.getColumnCount(); c++) {
            cells.put(t.getColumnName(c), t.getValueAt(row, c));
          }
        }
      }
      return cells;
    });
    assertThat(fourth.keySet()).filteredOn(name -> name.startsWith("Device")).containsExactly(
        "Device in bed (h)", "Device asleep (h)", "Device awakenings", "Device movement (index)",
        "Device snoring (min)");
    assertThat(fourth).containsEntry("Device in bed (h)", 6.4).containsEntry("Device asleep (h)", 5.9)
        .containsEntry("Device awakenings", 1).containsEntry("Device movement (index)", 2.05)
        .containsEntry("Device snoring (min)", 25).containsEntry("Awakenings", 4);
    List<PatientSummary> patients = GuiTests.items(() -> window.list("patientList").target());
    assertThat(patients).hasSize(1);
    assertThat(patients.get(0).displayName()).startsWith("Dana Example");
    assertThat(records.patients()).hasSize(1);

    window.menuItem("menu.view.dark").click();
    waitFor("the dark theme", () -> GuiActionRunner.execute(FlatLaf::isLafDark));
    Color[] darkChart = GuiActionRunner.execute(() -> {
      XYPlot plot = ((ChartPanel) window.panel("deviceChart").target()).getChart().getXYPlot();
      return new Color[] {(Color) plot.getBackgroundPaint(), UIManager.getColor("RlsViewer.chart.background"),
          (Color) plot.getDomainAxis().getTickLabelPaint(), UIManager.getColor("Label.foreground")};
    });
    assertThat(darkChart[0]).as("the Device chart's plot in the dark theme").isEqualTo(darkChart[1])
        .isNotEqualTo(Color.WHITE);
    assertThat(darkChart[2]).as("its tick labels").isEqualTo(darkChart[3]);
    window.menuItem("menu.view.dark").click();
  }

  private int tableRows(String name) {
    return GuiActionRunner.execute(() -> robot.finder().findByName(name, JTable.class, false).getRowCount());
  }
}
