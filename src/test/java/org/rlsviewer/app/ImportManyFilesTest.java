package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code import a b c ...} reads and checks the files on every core but keeps them one after another:
 * its output, exit code and database are those of importing each file in a run of its own, in the
 * same order (one file per run cannot be read in parallel with another).
 */
class ImportManyFilesTest extends CommandLineTestCase {

  private static final Path NUMBNESS = Path.of("samples", "numbness-weakness.csv");
  private static final Path SNORING = Path.of("samples", "snoring-pauses.csv");

  @Test
  void manyFilesInOneRunPrintAndKeepWhatOneRunPerFileDoes() throws Exception {
    List<String> files = List.of(NUMBNESS.toString(), withRejectedRows().toString(), notADiary().toString(),
        laterExportOfTheSamePatient().toString(), temp.resolve("missing.csv").toString(), NUMBNESS.toString(),
        SNORING.toString());

    String together = "jdbc:sqlite:" + temp.resolve("together.db");
    List<String> args = new ArrayList<>(List.of("import", "--db", together));
    args.addAll(files);
    int exitTogether = runWithDatabase(args.toArray(String[]::new));
    List<String> outTogether = outLines();
    List<String> errTogether = errLines();

    String oneByOne = "jdbc:sqlite:" + temp.resolve("one-by-one.db");
    List<String> outOneByOne = new ArrayList<>();
    List<String> errOneByOne = new ArrayList<>();
    int worst = 0;
    for (String file : files) {
      worst = Math.max(worst, runWithDatabase("import", "--db", oneByOne, file));
      outOneByOne.addAll(outLines());
      errOneByOne.addAll(errLines());
    }

    assertThat(outTogether).isEqualTo(outOneByOne);
    assertThat(errTogether).isEqualTo(errOneByOne);
    assertThat(exitTogether).isEqualTo(worst).isEqualTo(CommandLine.NOT_A_DIARY);
    // what the test relies on: a file with rejected rows, the same patient's later export merged, the
    // same file again, a file that is no diary and a missing one, each on its own line
    assertThat(outTogether).hasSize(5);
    assertThat(outTogether.get(0)).matches(".*numbness-weakness.csv: import 1, nights added \\d+, changed 0,"
        + " unchanged 0, rows rejected 0");
    assertThat(outTogether.get(1)).matches(".*with-errors.csv: import 2, .* rows rejected 2");
    assertThat(outTogether.get(2)).matches(".*later.csv: import 3, nights added 3, changed 1, unchanged \\d+,"
        + " rows rejected 0");
    assertThat(outTogether.get(3)).isEqualTo(NUMBNESS + ": already imported (import 1), nothing changed");
    assertThat(outTogether.get(4)).matches(".*snoring-pauses.csv: import 4, .*");
    assertThat(errTogether).hasSize(2);

    assertThat(runWithDatabase("patients", "--db", together)).isZero();
    List<String> patientsTogether = outLines();
    assertThat(runWithDatabase("patients", "--db", oneByOne)).isZero();
    assertThat(patientsTogether).isEqualTo(outLines()).hasSize(4);
  }

  /** The snoring sample under another patient, with two rows that cannot be read. */
  private Path withRejectedRows() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(SNORING, StandardCharsets.UTF_8));
    lines.replaceAll(l -> l.replace("# patient_id: ", "# patient_id: X"));
    int first = firstNight(lines);
    lines.set(first + 2, lines.get(first + 2).replaceFirst("^\\d{4}-\\d{2}-\\d{2}", "2024-13-45"));
    lines.set(first + 4, lines.get(first + 4).replaceFirst("^(\\d{4}-\\d{2}-\\d{2}),\\d+,", "$1,eleven,"));
    return write("with-errors.csv", lines);
  }

  /** The numbness sample three nights later, with its first night's severity edited. */
  private Path laterExportOfTheSamePatient() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(NUMBNESS, StandardCharsets.UTF_8));
    int first = firstNight(lines);
    lines.set(first, lines.get(first).replaceFirst("^(\\d{4}-\\d{2}-\\d{2}),6,", "$1,7,"));
    LocalDate last = LocalDate.parse(lines.get(lines.size() - 1).substring(0, 10));
    for (int i = 1; i <= 3; i++) {
      lines.add(last.plusDays(i) + "," + (2 + i) + ",,,,,,,,,,,,,,,,,,,,slept well");
    }
    return write("numbness-weakness-later.csv", lines);
  }

  private Path notADiary() throws Exception {
    return write("shopping.csv", List.of("item,price", "bread,2"));
  }

  private static int firstNight(List<String> lines) {
    int i = 0;
    while (!lines.get(i).startsWith("20")) {
      i++;
    }
    return i;
  }

  private Path write(String name, List<String> lines) throws Exception {
    return Files.write(temp.resolve(name), lines, StandardCharsets.UTF_8);
  }
}
