package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rlsviewer.importer.ImportOptions;

/** {@code check} on tracker exports and on an export of several persons. */
class TrackerCommandTest extends CommandLineTestCase {

  private int run(String... args) {
    return runOn(service(ImportOptions.defaults()), args);
  }

  private Path fixture(String name) throws Exception {
    Path copy = temp.resolve(name);
    try (var in = getClass().getResourceAsStream("/org/rlsviewer/importer/formats/" + name)) {
      Files.copy(in, copy);
    }
    return copy;
  }

  @Test
  void checkNamesTheTrackerFormatAndEveryRejectedRecord() throws Exception {
    assertThat(run("check", fixture("sleep-as-android_synthetic.csv").toString())).isZero();
    assertThat(outLines()).startsWith("imported 3, rejected 1",
        "format sleep-as-android, nights 3, from 2026-03-02 to 2026-03-04");
    assertThat(outLines().get(2)).startsWith("line 7: From \"yesterday\"");
  }

  @Test
  void checkOfAnAppleHealthExport() throws Exception {
    assertThat(run("check", fixture("apple_health_export_synthetic.xml").toString())).isZero();
    assertThat(outLines()).startsWith("imported 10, rejected 2",
        "format apple-health, nights 2, from 2026-03-02 to 2026-03-03");
  }

  @Test
  void severalPersonsAskForPersonWithExitThree() throws Exception {
    Path file = fixture("flaredown_synthetic.csv");
    assertThat(run("check", file.toString())).isEqualTo(CommandLine.NEEDS_ANSWER);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("2 persons", "QEVuQwEAyV+d3k/pq1E= (9 rows)", "QEVuQwEAzz+Xk/ab2C0= (1 row)", "--person ID");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();

    assertThat(run("check", "--person", "QEVuQwEAzz+Xk/ab2C0=", file.toString())).isZero();
    assertThat(outLines()).startsWith("imported 1, rejected 9", "format flaredown, nights 1, from 2026-02-02 to 2026-02-02");
    assertThat(outLines().get(2)).startsWith("line 2: another person's row");
  }

  @Test
  void personNeedsAValue() {
    assertThat(run("check", "x.csv", "--person")).isEqualTo(CommandLine.USAGE);
  }
}
