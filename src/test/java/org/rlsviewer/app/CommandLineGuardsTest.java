package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's guards (issue 20): batch imports, --out, the reasons in messages, CSV and terminal safety. */
class CommandLineGuardsTest extends CommandLineTestCase {

  private int run(String... args) {
    return runWithDatabase(args);
  }

  private Path diary(String name) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, "# patient_id: G-" + name.length() + "\ndate,severity,notes\n2026-01-01,3,fine\n"
        + "2026-01-02,4,\n");
    return file;
  }

  @Test
  void aBatchImportCarriesOnPastABadFileAndReportsEach() throws Exception {
    String db = "jdbc:sqlite:" + temp.resolve("clinic.db");
    Path first = diary("a.csv");
    Path folder = Files.createDirectory(temp.resolve("folder.csv"));
    Path last = diary("bb.csv");

    assertThat(run("import", "--db", db, first.toString(), folder.toString(), last.toString()))
        .isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .hasSize(2).anySatisfy(l -> assertThat(l).startsWith(first + ": import"))
        .anySatisfy(l -> assertThat(l).startsWith(last + ": import"));
    assertThat(errLines()).containsExactly("error: " + folder + ": is a directory");
  }

  @Test
  void aPathThroughAFileAndAFolderGetTheOperatingSystemsReason() throws Exception {
    Path file = diary("d.csv");
    assertThat(run("check", file.resolve("x.csv").toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(errLines()).containsExactly("error: " + file.resolve("x.csv") + ": not a directory");
    assertThat(run("flags", temp.toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(errLines()).containsExactly("error: " + temp + ": is a directory");
  }

  @Test
  void theSizeLimitIsCheckedBeforeReading() throws Exception {
    Path big = temp.resolve("big.csv");
    try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 3L * 1024 * 1024);
    }
    assertThat(run("import", "--db", "jdbc:sqlite:" + temp.resolve("c.db"), "--max-mb", "2", big.toString()))
        .isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(errLines()).singleElement().asString().contains("larger than 2 MB");
    assertThat(run("summary", "--max-mb", "2", big.toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(errLines()).singleElement().asString().contains("larger than 2 MB");
  }

  @Test
  void reportRefusesToWriteOverTheDiaryOrIntoAFolder() throws Exception {
    Path file = diary("d.csv");
    String before = Files.readString(file);

    assertThat(run("report", "--out", file.toString(), file.toString())).isEqualTo(CommandLine.USAGE);
    assertThat(errLines()).singleElement().asString().contains("is the diary itself");
    assertThat(Files.readString(file)).isEqualTo(before);

    assertThat(run("report", "--out", temp.toString(), file.toString())).isEqualTo(CommandLine.FAILED);
    assertThat(errLines()).containsExactly("error: cannot write " + temp + ": is a directory");
    assertThat(run("report", "--out", "/", file.toString())).isEqualTo(CommandLine.FAILED);
    assertThat(errLines()).containsExactly("error: cannot write /: is a directory");
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasStartWithAQuote() {
    assertThat(CommandLine.csvField("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CommandLine.csvField("+1 leg")).isEqualTo("'+1 leg");
    assertThat(CommandLine.csvField("-2")).isEqualTo("'-2");
    assertThat(CommandLine.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CommandLine.csvField("\tx")).isEqualTo("'\tx");
    assertThat(CommandLine.csvField("\rx")).isEqualTo("\"'\rx\"");
    assertThat(CommandLine.csvField("leg weak")).isEqualTo("leg weak");
    assertThat(CommandLine.csvField("")).isEmpty();
  }

  @Test
  void aRangeTooLargeForANumberNamesTheLargestAllowed() throws Exception {
    Path file = diary("d.csv");
    assertThat(run("flags", "--last", "2147483648", file.toString())).isEqualTo(CommandLine.USAGE);
    assertThat(errLines().get(0)).contains("from 1 to 2147483647").contains("2147483648");
  }

  @Test
  void theWidestDiaryTheImportAcceptsMakesAShortPdf() throws Exception {
    // the plausible window's ends (1990 and tomorrow by the test clock), a 10 MB note, a weak leg every night
    StringBuilder csv = new StringBuilder("date,severity,notes\n");
    for (java.time.LocalDate first : List.of(java.time.LocalDate.of(1990, 1, 1), java.time.LocalDate.of(2026, 9, 17))) {
      for (int i = 0; i < 70; i++) {
        csv.append(first.plusDays(i)).append(",5,left leg weak and swollen\n");
      }
    }
    csv.append("2026-11-26,4,left leg weak ").append("w".repeat(10_000_000 - 14)).append('\n');
    Path file = temp.resolve("wide.csv");
    Files.writeString(file, csv);
    Path pdf = temp.resolve("wide.pdf");

    assertThat(run("check", file.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("from 1990-01-01 to 2026-11-26");
    assertThat(run("report", "--out", pdf.toString(), file.toString())).isZero();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isBetween(2, 40);
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains("... [truncated, 10,000,000").contains("earlier ones are left out")
          .contains("without a night logged");
    }
  }
}
