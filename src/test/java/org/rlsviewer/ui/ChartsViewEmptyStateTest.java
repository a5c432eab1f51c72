package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.Patient;

/** The Overview charts say what to do when there is nothing to draw, never blank axes. */
class ChartsViewEmptyStateTest {

  private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);

  private static DiaryEntry night(int day, LocalTime start, Integer awakenings) {
    return new DiaryEntry(2 + day, FIRST.plusDays(day), 4, start, null, "", null, null, awakenings, null, null, null,
        null, null, null, null, "", "", "", null, null, "", "", Map.of());
  }

  private static List<Component> shown(List<DiaryEntry> nights) throws Exception {
    Diary diary = new Diary(Patient.unknown(), Map.of(), nights, List.of());
    Findings findings = new Findings("t", List.of(), List.of(),
        new KeyFigures(diary.nightsInPeriod(), nights.size(), nights.size(), OptionalDouble.empty(), 0));
    ChartsView.Charts charts = ChartsView.Charts.of(diary, findings, List.of());
    List<Component> all = new ArrayList<>();
    SwingUtilities.invokeAndWait(() -> {
      ChartsView view = new ChartsView(n -> { }, new CommandAction("chart.reset", null, () -> { }));
      view.show(charts);
      collect(view.component(), all);
    });
    return all;
  }

  private static void collect(Component c, List<Component> into) {
    into.add(c);
    if (c instanceof javax.swing.JTabbedPane tabs) {
      for (int i = 0; i < tabs.getTabCount(); i++) {
        collect(tabs.getComponentAt(i), into);
      }
    } else if (c instanceof Container container) {
      for (Component child : container.getComponents()) {
        collect(child, into);
      }
    }
  }

  private static List<String> names(List<Component> components) {
    return components.stream().map(Component::getName).filter(n -> n != null).toList();
  }

  private static String text(List<Component> components, String name) {
    return components.stream().filter(c -> name.equals(c.getName())).map(c -> ((JLabel) c).getText())
        .findFirst().orElseThrow();
  }

  @Test
  void anEmptyDiaryShowsWhatToDoAndNoChart() throws Exception {
    List<Component> shown = shown(List.of());

    assertThat(shown).noneMatch(ChartPanel.class::isInstance);
    assertThat(text(shown, "chartsEmpty")).contains("No nights to chart", "Open a diary", "wider range");
  }

  @Test
  void aDiaryWithoutSleepOrStartTimesSaysWhichColumnsWouldChartThem() throws Exception {
    List<Component> shown = shown(List.of(night(0, null, null), night(1, null, null)));

    assertThat(names(shown)).contains("severityChart", "sleepEmpty", "onsetEmpty")
        .doesNotContain("sleepChart", "onsetChart", "chartsEmpty");
    assertThat(text(shown, "sleepEmpty")).contains("awakenings", "sleep_latency_min");
    assertThat(text(shown, "onsetEmpty")).contains("symptom_start");
  }

  @Test
  void aDiaryWithStartTimesAndAwakeningsShowsAllThreeCharts() throws Exception {
    List<Component> shown = shown(List.of(night(0, LocalTime.of(21, 0), 2), night(8, LocalTime.of(20, 0), 1)));

    assertThat(names(shown)).contains("severityChart", "sleepChart", "onsetChart")
        .doesNotContain("sleepEmpty", "onsetEmpty", "chartsEmpty");
  }
}
