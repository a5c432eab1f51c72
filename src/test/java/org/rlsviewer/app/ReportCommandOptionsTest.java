package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.DiaryService;

/** {@code report --paper} and {@code report --password-file}. */
class ReportCommandOptionsTest {

  private static final Path SAMPLE = Path.of("samples", "one-sided-swelling.csv");

  @TempDir Path temp;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    DiaryService service = new DiaryService(
        Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")), "test");
    return new CommandLine(service, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  @Test
  void letterPaperGivesLetterPagesAndA4IsTheDefault() throws Exception {
    Path letter = temp.resolve("letter.pdf");
    Path a4 = temp.resolve("a4.pdf");
    assertThat(run("report", "--paper", "letter", "--out", letter.toString(), SAMPLE.toString())).isZero();
    assertThat(run("report", "--out", a4.toString(), SAMPLE.toString())).isZero();

    try (PDDocument doc = Loader.loadPDF(letter.toFile())) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
      assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
    }
    try (PDDocument doc = Loader.loadPDF(a4.toFile())) {
      assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
    }
  }

  @Test
  void aPasswordFileEncryptsTheSummary() throws Exception {
    Path secret = temp.resolve("secret.txt");
    Files.writeString(secret, "s3cret pass\nignored second line\n");
    Path out = temp.resolve("protected.pdf");

    assertThat(run("report", "--password-file", secret.toString(), "--out", out.toString(), SAMPLE.toString()))
        .isZero();

    assertThatThrownBy(() -> Loader.loadPDF(out.toFile()).close()).isInstanceOf(InvalidPasswordException.class);
    try (PDDocument doc = Loader.loadPDF(out.toFile(), "s3cret pass")) {
      assertThat(doc.getNumberOfPages()).isPositive();
    }
  }

  @Test
  void anUnknownPaperOrAnEmptyPasswordFileIsAUsageErrorAndWritesNothing() throws Exception {
    Path out = temp.resolve("x.pdf");
    Path empty = temp.resolve("empty.txt");
    Files.writeString(empty, "");

    assertThat(run("report", "--paper", "a5", "--out", out.toString(), SAMPLE.toString()))
        .isEqualTo(CommandLine.USAGE);
    assertThat(run("report", "--password-file", empty.toString(), "--out", out.toString(), SAMPLE.toString()))
        .isEqualTo(CommandLine.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("a5").contains("no password");
    assertThat(out).doesNotExist();
  }
}
