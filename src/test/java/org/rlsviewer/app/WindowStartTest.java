package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;

/**
 * Starting the window from the command line: without a display one line on stderr and a non-zero
 * exit, not AWT's stack trace; {@code --no-store} opens a session that keeps nothing.
 */
class WindowStartTest {

  private static final String SAMPLE = Path.of("samples", "numbness-weakness.csv").toString();

  @TempDir Path temp;

  /** What the program said and how it ended, run as {@code java -jar} would run it, in a JVM of its own. */
  private record Run(int exit, List<String> out, List<String> err) {}

  private Run main(List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Duser.home=" + temp));
    command.addAll(jvmOptions);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("XDG_DATA_HOME", temp.resolve("data").toString());
    env.forEach((k, v) -> {
      if (v == null) {
        builder.environment().remove(k);
      } else {
        builder.environment().put(k, v);
      }
    });
    Process child = builder.start();
    try {
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the program ended by itself").isTrue();
    } finally {
      child.destroyForcibly();
    }
    return new Run(child.exitValue(), lines(out), lines(err));
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static void assertNoDisplayLine(Run run, String why) {
    assertThat(run.exit()).as("exit code; stderr %s", run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).containsExactly(Display.line(why));
    assertThat(run.err().get(0)).startsWith("error: no display to open the window on (")
        .contains("rls-diary-viewer --help").doesNotContain("Exception");
  }

  @Test
  void withoutADisplayTheWindowSaysSoInOneLineAndExitsNonZero() throws Exception {
    assertNoDisplayLine(main(List.of("-Djava.awt.headless=true"), Map.of(), SAMPLE), "java.awt.headless is set");
    assertNoDisplayLine(main(List.of("-Djava.awt.headless=true"), Map.of()), "java.awt.headless is set");
    assertNoDisplayLine(main(List.of("-Djava.awt.headless=true"), Map.of(), "--no-store", SAMPLE),
        "java.awt.headless is set");
    assertThat(temp.resolve("data")).as("nothing kept when the window cannot open").doesNotExist();
  }

  @Test
  void onLinuxAMissingOrUnreachableDisplayIsNamedInTheLine() throws Exception {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      // only X11 has a DISPLAY variable; elsewhere the headless property above is the way to no display
      assertThat(Display.line("x")).startsWith("error: no display");
      return;
    }
    java.util.HashMap<String, String> noDisplay = new java.util.HashMap<>();
    noDisplay.put("DISPLAY", null);
    noDisplay.put("WAYLAND_DISPLAY", null);
    assertNoDisplayLine(main(List.of(), noDisplay, SAMPLE), "DISPLAY is not set");
    assertNoDisplayLine(main(List.of(), Map.of("DISPLAY", ":93"), SAMPLE), "cannot reach the display :93");
  }

  @Test
  void theCommandsStillRunWithoutADisplay() throws Exception {
    Run check = main(List.of("-Djava.awt.headless=true"), Map.of(), "check", SAMPLE);
    assertThat(check.exit()).isZero();
    assertThat(check.out()).anySatisfy(l -> assertThat(l).startsWith("imported "));
  }

  @Test
  void noStoreOpensTheWindowWithoutThePatientDatabase() {
    assertThat(WindowArguments.of(new String[] {"--no-store", "d.csv"}))
        .contains(new WindowArguments(Optional.empty(), Optional.of(Path.of("d.csv")), true));
    assertThat(WindowArguments.of(new String[] {"d.csv", "--no-store"}).orElseThrow().noStore()).isTrue();
    assertThat(WindowArguments.of(new String[] {"--no-store"}))
        .contains(new WindowArguments(Optional.empty(), Optional.empty(), true));
    assertThat(WindowArguments.of(new String[] {"d.csv"}).orElseThrow().noStore()).isFalse();
    assertThat(WindowArguments.of(new String[] {"--no-store", "--db", "jdbc:sqlite:x.db", "d.csv"})).isEmpty();
    assertThat(WindowArguments.of(new String[] {"--no-store", "check", "d.csv"})).isEmpty();
    assertThat(WindowArguments.of(new String[] {"--no-store", "--no-store"})).isEmpty();

    DiaryService service = new DiaryService(Clock.systemUTC(), "test");
    DiaryLibrary session = Main.library(service, WindowArguments.of(new String[] {"--no-store", "d.csv"}).orElseThrow());
    assertThat(session.keepsPatients()).isFalse();
  }

  @Test
  void noStoreWithADatabaseOrACommandIsAWrongCommandLine() throws Exception {
    Run run = main(List.of("-Djava.awt.headless=true"), Map.of(), "--no-store", "--db", "jdbc:sqlite:x.db", SAMPLE);
    assertThat(run.exit()).isEqualTo(64);
    assertThat(run.err()).hasSize(2);
    assertThat(run.err().get(0)).startsWith("error: --no-store");
    assertThat(run.err().get(1)).isEqualTo("Try 'rls-diary-viewer --help'.");
  }

  @Test
  void aDatabaseAddressThatIsNoDatabasesIsAWrongCommandLineBeforeAnyWindow() throws Exception {
    Run run = main(List.of(), Map.of(), "--db", "nonsense", SAMPLE);
    if (Display.missing(System.getenv("DISPLAY")).isPresent()) {
      // no display here: that is said first, as without the address
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("error: no display"));
      return;
    }
    assertThat(run.exit()).as("exit code; stderr %s", run.err()).isEqualTo(64);
    assertThat(run.err()).containsExactly("error: --db: only jdbc:sqlite: and jdbc:postgresql: URLs are supported",
        "Try 'rls-diary-viewer --help'.");
    assertThat(temp.resolve("data")).as("nothing made").doesNotExist();
  }
}
