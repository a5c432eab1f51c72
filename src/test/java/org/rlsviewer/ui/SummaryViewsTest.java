package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rlsviewer.analysis.SummaryAnalyser;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.importer.DiaryImporter;

/** The trial's text on the Overview, built without showing a window. */
class SummaryViewsTest {

  private static DiaryAnalysis analyse(String sample) throws Exception {
    return new SummaryAnalyser().analyse(new DiaryImporter().importFile(Path.of("samples", sample)).diary());
  }

  private static TrialText trial(String sample) throws Exception {
    return TrialText.of(analyse(sample).trial());
  }

  /** The measure rows of the trial's tables (not their headings). */
  private static java.util.List<TrialText.Row> measures(TrialText text) {
    return text.blocks().stream().filter(b -> b instanceof TrialText.Row r && !r.heading())
        .map(b -> (TrialText.Row) b).toList();
  }

  @Test
  void trialTabShowsEachMeasureWithVerdictShiftAndInterval() throws Exception {
    TrialText text = trial("magnesium-responder.csv");
    String plain = text.plain();
    assertThat(plain).contains("magnesium 200-300 mg (2024-02-19 to 2024-03-24) compared with baseline",
        "95% CI", "Adherence: dose logged on 32 of 35 trial nights (91%)");
    assertThat(measures(text)).anySatisfy(r -> assertThat(r.cells()).startsWith("severity", "improved"))
        .anySatisfy(r -> assertThat(r.cells().get(0)).isEqualTo("sleep quality"));
    assertThat(measures(text)).as("each judged measure has its shift, interval and p-value")
        .allSatisfy(r -> assertThat(r.cells().size() == TrialText.COLUMNS || !r.reason().isEmpty()).isTrue());
    assertThat(plain).as("the verdict comes with what a one-patient trial cannot show")
        .contains("unblinded before-and-after comparison in one patient", "Evidence for magnesium in RLS is limited"
            + " (Marshall NS et al. Sleep Med Rev 2019;48:101218).");
  }

  @Test
  void notEnoughDataShowsTheReasonInsteadOfNumbers() throws Exception {
    TrialText text = trial("diarrhoea-400mg.csv");
    assertThat(measures(text)).anySatisfy(r -> {
      assertThat(r.cells().get(TrialText.VERDICT)).isEqualTo("not enough data");
      assertThat(r.reason()).contains("baseline has 6 nights with severity, 7 needed");
    });
    assertThat(text.plain()).contains("diarrhoea 11");
  }

  @Test
  void aDiaryWithoutMagnesiumSaysSo() throws Exception {
    assertThat(trial("negations.csv").plain())
        .contains("No magnesium dose is recorded in this diary.");
  }
}
