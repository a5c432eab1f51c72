package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.DiaryService;

/** Date ranges for flags, summary and report; sections left out of the PDF; provenance. */
class RangeAndSectionsCommandTest {

  private static final Path SNORING = Path.of("samples", "snoring-pauses.csv");

  @TempDir Path temp;

  private ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out = new ByteArrayOutputStream();
    DiaryService service = new DiaryService(
        Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")), "test");
    return new CommandLine(service, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private List<LocalDate> flagDates(String... args) {
    assertThat(run(args)).isZero();
    return out.toString(StandardCharsets.UTF_8).lines().skip(1).map(l -> LocalDate.parse(l.split(",")[0])).toList();
  }

  @Test
  void flagsFollowTheRange() {
    List<LocalDate> all = flagDates("flags", SNORING.toString());
    List<LocalDate> september = flagDates("flags", "--from", "2024-09-10", "--to", "2024-09-20", SNORING.toString());
    List<LocalDate> lastWeek = flagDates("flags", "--last", "7", SNORING.toString());

    assertThat(september).isNotEmpty().allMatch(d -> !d.isBefore(LocalDate.of(2024, 9, 10))
        && !d.isAfter(LocalDate.of(2024, 9, 20)));
    assertThat(september).isEqualTo(all.stream().filter(d -> !d.isBefore(LocalDate.of(2024, 9, 10))
        && !d.isAfter(LocalDate.of(2024, 9, 20))).toList());
    assertThat(lastWeek).isNotEmpty().allMatch(d -> !d.isBefore(LocalDate.of(2024, 9, 30)));
  }

  @Test
  void aThirtyNightPdfStatesItsRangeAndHoldsOnlyThoseNights() throws Exception {
    Path pdf = temp.resolve("range.pdf");
    assertThat(run("report", "--from", "2024-09-05", "--to", "2024-10-04", "--out", pdf.toString(),
        SNORING.toString())).isZero();

    String text = text(pdf);
    assertThat(text).contains("Range shown", "2024-09-05 to 2024-10-04",
        "Diary period 2024-09-05 to 2024-10-04 (30 nights)")
        .doesNotContain("2024-09-02", "2024-09-03", "2024-09-04", "2024-10-05", "2024-10-06");
  }

  @Test
  void sectionsLeftOutAreAbsentAndPageOneAndProvenanceStay() throws Exception {
    Path full = temp.resolve("full.pdf");
    Path slim = temp.resolve("slim.pdf");
    assertThat(run("report", "--out", full.toString(), SNORING.toString())).isZero();
    assertThat(run("report", "--without", "weekly,flagged-nights", "--out", slim.toString(), SNORING.toString()))
        .isZero();

    assertThat(text(full)).contains("Weekly summary", "Flagged nights in full");
    assertThat(text(slim)).doesNotContain("Weekly summary", "Flagged nights in full")
        .contains("Red flags to review", "Suggested tests", "Lifestyle factors", "Provenance");
  }

  @Test
  void theProvenanceBlockHoldsTheFilesSha256AsSha256sumPrintsIt() throws Exception {
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SNORING)));
    Path pdf = temp.resolve("prov.pdf");
    assertThat(run("report", "--out", pdf.toString(), SNORING.toString())).isZero();

    String text = text(pdf);
    assertThat(text).contains("Provenance", "snoring-pauses.csv (" + Files.size(SNORING) + " bytes)", expected,
        "2026.12", "RLS Diary Viewer test");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
          .contains("sha256:" + expected);
    }
  }

  @Test
  void summaryEndsWithTheSameProvenanceAndStatesTheRange() throws Exception {
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SNORING)));
    assertThat(run("summary", "--last", "14", SNORING.toString())).isZero();

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.substring(text.indexOf("== Provenance =="))).contains(
        "source file: snoring-pauses.csv (" + Files.size(SNORING) + " bytes)", "sha256: " + expected,
        "imported: 2026-11-25T10:00:00Z", "nights shown: 2024-09-23 to 2024-10-06", "rule set: 2026.12",
        "program: RLS Diary Viewer test");
  }

  @Test
  void badRangesAndUnknownSectionsAreUsageErrors() {
    assertThat(run("flags", "--last", "0", SNORING.toString())).isEqualTo(CommandLine.USAGE);
    assertThat(run("flags", "--from", "2024-13-01", SNORING.toString())).isEqualTo(CommandLine.USAGE);
    assertThat(run("flags", "--from", "2024-10-01", "--to", "2024-09-01", SNORING.toString()))
        .isEqualTo(CommandLine.USAGE);
    assertThat(run("report", "--without", "appendix", "--out", temp.resolve("x.pdf").toString(),
        SNORING.toString())).isEqualTo(CommandLine.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--last takes", "YYYY-MM-DD", "is after",
        "unknown section 'appendix'");
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
    }
  }

  @Test
  void summaryWithTheLastVisitDayComparesTheNightsBeforeItWithThoseSince() {
    assertThat(run("summary", "--last-visit", "2024-02-26", "samples/magnesium-responder.csv")).isZero();
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text).contains("""
        == Changes since the last visit ==
        compared with: last visit on 2024-02-26 (nights 2024-02-05 to 2024-02-25)
        since: nights 2024-02-26 to 2024-03-24
        nights logged: 20 of 21 (95%) -> 26 of 28 (93%): lower by 2.4 points
        median severity: 7 of 10 -> 4 of 10: lower by 3
        median awakenings: 3 per night -> 1 per night: lower by 2
        median sleep latency: 55 min -> 35 min: lower by 20 min
        No red flags or cautions in either period.
        """);
    assertThat(text.indexOf("== Changes since the last visit ==")).isLessThan(text.indexOf("== Provenance =="));
    assertThat(run("summary", "samples/magnesium-responder.csv")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Changes since");
  }

  @Test
  void sinceLastVisitIsARangeAndNeedsTheDay() {
    List<LocalDate> since = flagDates("flags", "--last-visit", "2024-09-20", "--since-last-visit", SNORING.toString());
    assertThat(since).isNotEmpty().allMatch(d -> !d.isBefore(LocalDate.of(2024, 9, 20)));

    assertThat(run("summary", "--since-last-visit", SNORING.toString())).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--since-last-visit needs --last-visit");
    assertThat(run("summary", "--last-visit", "2024-01-01", SNORING.toString())).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no night before that day");
  }
}
