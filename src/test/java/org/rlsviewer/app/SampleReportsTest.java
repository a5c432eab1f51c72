package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rlsviewer.service.DiaryService;

/**
 * End to end on every sample in {@code samples/}: the command line finds exactly the flags the
 * sample's story holds (written down independently in sample-expectations.csv), and the PDF shows the
 * patient, the period, every flag with its night, and ferritin.
 */
class SampleReportsTest {

  record Expectation(String sample, String patientId, String firstNight, String lastNight, Set<String> flags) {}

  @TempDir Path temp;

  static Stream<Expectation> samples() throws IOException {
    Map<String, Expectation> bySample = new LinkedHashMap<>();
    List<String> lines;
    try (var in = SampleReportsTest.class.getResourceAsStream("sample-expectations.csv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
          .filter(l -> !l.isBlank()).toList();
    }
    for (String line : lines) {
      String[] f = line.split(",", -1);
      Expectation e = bySample.computeIfAbsent(f[0], s -> new Expectation(s, f[1], f[2], f[3], new TreeSet<>()));
      if (!f[4].isBlank()) {
        e.flags().add(f[5] + "," + f[4]);
      }
    }
    return bySample.values().stream();
  }

  private String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiaryService service = new DiaryService(
        Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")), "test");
    int code = new CommandLine(service, new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(args);
    assertThat(code).as("exit code of %s", List.of(args)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void flagsAndReportMatchTheSamplesStory(Expectation expected) throws IOException {
    Path diary = Path.of("samples", expected.sample());
    assertThat(diary).exists();

    Set<String> found = run("flags", diary.toString()).lines().skip(1)
        .map(l -> l.split(",", 3))
        .map(f -> f[0] + "," + f[1])
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).as("date,rule of every flag in %s", expected.sample()).isEqualTo(expected.flags());

    assertThat(run("check", diary.toString())).startsWith("imported ").contains(", rejected 0");

    Path pdf = temp.resolve(expected.sample() + ".pdf");
    run("report", "--out", pdf.toString(), diary.toString());
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(text).contains(expected.patientId(), expected.firstNight(), expected.lastNight())
        .containsIgnoringCase("ferritin");
    for (String flag : expected.flags()) {
      assertThat(text).as("PDF of %s shows the night of %s", expected.sample(), flag).contains(flag.split(",")[0]);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      magnesium-responder.csv | severity improved
      magnesium-no-change.csv | severity no clear change
      """)
  void thePdfCarriesTheTrialVerdictTheWeeklyTableAndLifestyle(String sample, String verdict) throws IOException {
    Path pdf = temp.resolve(sample + ".pdf");
    run("report", "--out", pdf.toString(), Path.of("samples", sample).toString());
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    String summary = run("summary", Path.of("samples", sample).toString());
    String severityLine = summary.lines().filter(l -> l.startsWith("severity: ")).findFirst().orElseThrow();

    assertThat(text).contains("Magnesium trial", "vs baseline: " + verdict, "Weekly summary", "Lifestyle factors",
        "Awakenings and sleep latency", "Mann-Whitney");
    assertThat(text).as("the brief caveat on page one, the full one on the trial page")
        .contains("unblinded before-and-after comparison in one patient; evidence for magnesium in RLS is limited"
            + " (Marshall 2019)")
        .contains("This is an unblinded before-and-after comparison in one patient", "Evidence for magnesium in RLS"
            + " is limited (Marshall NS et al. Sleep Med Rev 2019;48:101218).");
    assertThat(severityLine).as("CLI and PDF agree").isEqualTo("severity: " + verdict.substring("severity ".length()));
  }
}
