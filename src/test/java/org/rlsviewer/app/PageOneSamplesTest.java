package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rlsviewer.service.DiaryService;

/**
 * Page one of every sample's PDF holds the same sections in the same order (issue 17.6), on one
 * page, and no table heading of the details is broken inside a word.
 */
class PageOneSamplesTest {

  /** Page one's sections, in order: each is found after the one before it. */
  private static final List<String> SECTIONS = List.of("Restless legs diary \u2013 visit summary",
      "\u00b7", "Patient", "Diary period", "Source", "Key figures", "Nightly severity and flagged nights",
      "Magnesium trial verdict", "Red flags to review", "Cautions to review", "tests",
      "Clinician\u2019s notes", "Reviewed by:", "Not a diagnosis");

  @TempDir Path temp;

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".csv")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void pageOneHasTheSameSectionsInTheSameOrder(String sample) throws IOException {
    Path pdf = temp.resolve(sample + ".pdf");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiaryService service = new DiaryService(
        Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")), "test");
    int code = new CommandLine(service, new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
        .run(new String[] {"report", "--out", pdf.toString(), Path.of("samples", sample).toString()});
    assertThat(code).isZero();

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String pageOne = stripper.getText(doc).replaceAll("\\s+", " ");
      int at = -1;
      for (String section : SECTIONS) {
        int next = pageOne.indexOf(section, at + 1);
        assertThat(next).as("'%s' after position %d on page one of %s:%n%s", section, at, sample, pageOne)
            .isGreaterThan(at);
        at = next;
      }
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);

      PDFTextStripper byPosition = new PDFTextStripper();
      byPosition.setSortByPosition(true);
      String all = byPosition.getText(doc);
      if (!all.contains("Weekly summary")) {
        assertThat(sample).as("only the empty template has no weekly table").isEqualTo("template.csv");
        return;
      }
      List<String> weeklyHeading = all.lines()
          .filter(l -> l.contains("Symptoms") && l.contains("Caffeine")).toList();
      assertThat(weeklyHeading).as("the weekly table's heading in %s", sample).isNotEmpty()
          .allSatisfy(l -> assertThat(l).contains("Severity", "Alcohol", "Exercise", "Magnesium"));
    }
  }
}
