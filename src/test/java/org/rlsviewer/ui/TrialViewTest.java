package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.nio.file.Path;
import javax.swing.JScrollPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.importer.DiaryImporter;

/** The trial's light view: its paragraphs wrap to the width in sight, and its text reaches screen readers. */
class TrialViewTest {

  @Test
  void paragraphsWrapToTheViewportAndTheWholeTextIsDescribed() throws Exception {
    TrialText text = TrialText.of(new SummaryAnalyser().analyse(new DiaryImporter()
        .importFile(Path.of("samples", "magnesium-responder.csv")).diary()).trial());
    // prepared off the EDT, as the background open does
    TrialView.Prepared prepared = TrialView.Prepared.of(text);

    int[] heights = GuiActionRunner.execute(() -> {
      TrialView view = new TrialView();
      view.show(prepared);
      JScrollPane scroll = new JScrollPane(view);
      int[] h = new int[2];
      int i = 0;
      for (int width : new int[] {1200, 300}) {
        scroll.setSize(new Dimension(width, 400));
        scroll.doLayout();
        scroll.getViewport().doLayout();
        h[i++] = view.getPreferredSize().height;
      }
      return h;
    });
    assertThat(heights[1]).as("narrower, the caveat and explanation take more lines").isGreaterThan(heights[0]);

    int[] narrow = GuiActionRunner.execute(() -> {
      TrialView view = new TrialView();
      view.show(prepared);
      JScrollPane scroll = new JScrollPane(view);
      int[] w = new int[6];
      int i = 0;
      // wide, just wider than the table with its headings wrapped (the fonts differ by machine), and
      // narrower than that, where each measure takes lines of its own
      for (int width : new int[] {1600, view.narrowestTableWidth() + 40, view.narrowestTableWidth() / 2}) {
        scroll.setSize(new Dimension(width, 400));
        scroll.doLayout();
        scroll.getViewport().doLayout();
        w[i++] = view.getPreferredSize().width;
        w[i++] = scroll.getViewport().getWidth();
      }
      return w;
    });
    assertThat(narrow[0]).as("wide: the table in one line of headings").isLessThanOrEqualTo(narrow[1]);
    assertThat(narrow[2]).as("narrow: the headings wrap and the table fits, nothing scrolls sideways")
        .isLessThanOrEqualTo(narrow[3]).isLessThan(narrow[0]);
    assertThat(narrow[4]).as("narrower still: the measures stacked, nothing scrolls sideways")
        .isLessThanOrEqualTo(narrow[5]);

    String description = GuiActionRunner.execute(() -> {
      TrialView view = new TrialView();
      view.show(prepared);
      return view.getAccessibleContext().getAccessibleDescription();
    });
    assertThat(description).contains("compared with baseline", "severity\timproved", "Adherence: dose logged");
  }
}
