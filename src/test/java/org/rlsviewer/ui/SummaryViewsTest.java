package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.importer.DiaryImporter;

/** The trial tab's text, built without showing a window. */
class SummaryViewsTest {

  private static DiaryAnalysis analyse(String sample) throws Exception {
    return new SummaryAnalyser().analyse(new DiaryImporter().importFile(Path.of("samples", sample)).diary());
  }

  @Test
  void trialTabShowsEachMeasureWithVerdictShiftAndInterval() throws Exception {
    String html = SummaryViews.trialHtml(analyse("magnesium-responder.csv").trial());
    assertThat(html).contains("magnesium 200-300 mg (2024-02-19 to 2024-03-24) compared with baseline",
        "<td>severity</td><td><b>improved</b></td>", "<td>sleep quality</td>", "95% CI",
        "Adherence: dose logged on 32 of 35 trial nights (91%)");
    assertThat(html).as("the verdict comes with what a one-patient trial cannot show")
        .contains("unblinded before-and-after comparison in one patient", "Evidence for magnesium in RLS is limited"
            + " (Marshall NS et al. Sleep Med Rev 2019;48:101218).");
  }

  @Test
  void notEnoughDataShowsTheReasonInsteadOfNumbers() throws Exception {
    String html = SummaryViews.trialHtml(analyse("diarrhoea-400mg.csv").trial());
    assertThat(html).contains("<b>not enough data</b>", "baseline has 6 nights with severity, 7 needed",
        "diarrhoea 11");
  }

  @Test
  void aDiaryWithoutMagnesiumSaysSo() throws Exception {
    assertThat(SummaryViews.trialHtml(analyse("negations.csv").trial()))
        .contains("No magnesium dose is recorded in this diary.");
  }
}
