package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.DiaryService;

/** IRLS totals from the optional irls_total column, in the summary text and the PDF. */
class IrlsOutputTest {

  private static final Path DIARY = Path.of("src", "test", "resources", "org", "rlsviewer", "analysis",
      "irls-weekly.csv");

  @TempDir Path temp;

  private String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiaryService service = new DiaryService(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")),
        "test");
    int code = new CommandLine(service, new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(args);
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void summaryAndPdfShowTotalsWithBandsBesideTheWeeksSeverity() throws Exception {
    assertThat(run("summary", DIARY.toString())).contains("== IRLS totals ==",
        "2025-01-07: 24 of 40 (severe); diary severity that week: median 6.0 of 7 nights",
        "2025-01-14: 10 of 40 (mild)", "not used: 2025-01-15: IRLS total 41 is outside 0-40");

    Path pdf = temp.resolve("irls.pdf");
    run("report", "--out", pdf.toString(), DIARY.toString());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("IRLS totals", "2025-01-07 24 of 40 severe", "2025-01-14 10 of 40 mild", "very severe 31-40");
    }
  }
}
