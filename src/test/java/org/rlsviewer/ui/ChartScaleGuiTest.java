package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.Patient;

/**
 * At 200 % (FlatLaf's scale, as {@code -Dflatlaf.uiScale=2} sets it) the Overview's charts are as
 * large beside their doubled fonts as at 100 %: their least and wished sizes scale, and the severity
 * chart keeps the larger share of the height.
 */
@GuiTest
class ChartScaleGuiTest {

  private record Shown(Dimension least, Dimension wished, int severityHeight, int sleepHeight) {}

  @Test
  void theChartsGrowWithTheUiScaleAndTheSeverityChartKeepsTheLargerShare() throws Exception {
    Shown atOne = shownAt(1f);
    Shown atTwo = shownAt(2f);

    assertThat(atTwo.least()).isEqualTo(new Dimension(atOne.least().width * 2, atOne.least().height * 2));
    assertThat(atTwo.wished()).isEqualTo(new Dimension(atOne.wished().width * 2, atOne.wished().height * 2));
    assertThat(atOne.least().height).isGreaterThanOrEqualTo(ChartsView.CHART_LEAST.height);
    assertThat(atTwo.severityHeight()).as("the severity chart at 200 %")
        .isGreaterThanOrEqualTo(atTwo.least().height).isGreaterThan(atTwo.sleepHeight());
    assertThat(atOne.severityHeight()).as("the severity chart at 100 %").isGreaterThan(atOne.sleepHeight());
  }

  /** The charts of a fortnight in a frame of 1000×900 pixels at this scale. */
  private static Shown shownAt(float scale) throws Exception {
    ChartsView.Charts charts = ChartsView.Charts.of(fortnight(), findings(fortnight()), List.of());
    Shown[] shown = new Shown[1];
    SwingUtilities.invokeAndWait(() -> {
      float before = UIScale.getZoomFactor();
      JFrame frame = new JFrame();
      try {
        UIScale.setZoomFactor(scale);
        ChartsView view = new ChartsView(n -> { }, new CommandAction("chart.reset", null, () -> { }));
        view.show(charts);
        frame.getContentPane().add(view.component());
        frame.setSize(1000, 900);
        frame.setVisible(true);
        frame.validate();
        ChartPanel severity = find(view.component(), "severityChart");
        ChartPanel sleep = find(view.component(), "sleepChart");
        shown[0] = new Shown(severity.getMinimumSize(), severity.getPreferredSize(), severity.getHeight(),
            sleep.getHeight());
      } finally {
        frame.dispose();
        UIScale.setZoomFactor(before);
      }
    });
    return shown[0];
  }

  private static Diary fortnight() {
    List<DiaryEntry> nights = new ArrayList<>();
    LocalDate first = LocalDate.of(2025, 3, 1);
    for (int day = 0; day < 14; day++) {
      nights.add(new DiaryEntry(2 + day, first.plusDays(day), 3 + day % 5, LocalTime.of(21, 30), 40, "",
          LocalTime.of(23, 0), 20, 2, LocalTime.of(6, 30), 3, null, null, null, null, null, "", "", "", null, null, "",
          "", Map.of()));
    }
    return new Diary(Patient.unknown(), Map.of(), nights, List.of());
  }

  private static Findings findings(Diary diary) {
    return new Findings("t", List.of(), List.of(),
        new KeyFigures(diary.nightsInPeriod(), diary.entries().size(), diary.entries().size(), OptionalDouble.empty(), 0));
  }

  private static ChartPanel find(Container root, String name) {
    for (Component c : root.getComponents()) {
      if (c instanceof ChartPanel p && name.equals(p.getName())) {
        return p;
      }
      if (c instanceof Container inner) {
        ChartPanel found = find(inner, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
