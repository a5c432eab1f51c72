package org.rlsviewer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of the installed app image (jpackage launcher, jlinked runtime, its AppCDS archive) to
 * the sample painted ({@code --smoke-test}), alternating with a bare FlatLaf window on the image's
 * own runtime, so both sides share the JVM and the load of the machine. The image is the one
 * {@code installer/build-linux.sh} makes; bench/run.sh builds it when it is missing or older than
 * the sources.
 */
final class ImageStartBench {

  static final String TARGET = "<= 1.3";
  private static final String NAME = "rls-diary-viewer";

  private final Path image = Path.of("target/installer/app-image", NAME).toAbsolutePath();
  private final Path out;
  private final Path prefs;

  ImageStartBench(Path out, Path prefs) {
    this.out = out;
    this.prefs = prefs;
  }

  List<BenchMain.Figure> run(Path sample, int runs) throws Exception {
    Path launcher = image.resolve("bin").resolve(NAME);
    Path archive = image.resolve("lib/app").resolve(NAME + ".jsa");
    if (!Files.isExecutable(launcher) || !Files.isRegularFile(archive)) {
      return List.of(new BenchMain.Figure("start.image_ratio_to_bare_flatlaf_window", Double.NaN, "x", TARGET, false,
          "not measured: no app image with its AppCDS archive (bench/run.sh builds it; --quick does not)"));
    }
    List<String> app = List.of(launcher.toString(), "--smoke-test", sample.toString());
    List<String> bare = List.of(image.resolve("lib/runtime/bin/java").toString(), "-cp",
        image.resolve("lib/app").resolve(NAME + ".jar") + java.io.File.pathSeparator
            + Path.of(BareWindowProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
        BareWindowProbe.class.getName());
    timed(app);
    timed(bare);
    double[] appMs = new double[runs];
    double[] bareMs = new double[runs];
    for (int i = 0; i < runs; i++) {
      appMs[i] = timed(app);
      bareMs[i] = timed(bare);
    }
    double a = BenchMain.median(appMs);
    double b = BenchMain.median(bareMs);
    List<BenchMain.Figure> figures = new ArrayList<>();
    figures.add(new BenchMain.Figure("start.image_first_window_with_sample", a, "ms", "", null,
        "median of " + runs + " runs of the app image's launcher, --smoke-test, with its AppCDS archive"));
    figures.add(new BenchMain.Figure("start.image_bare_flatlaf_window", b, "ms", "", null,
        "median, floor, on the image's runtime"));
    figures.add(new BenchMain.Figure("start.image_ratio_to_bare_flatlaf_window", a / b, "x", TARGET, a / b <= 1.3,
        "the installed app image against a bare FlatLaf window on its runtime"));
    return figures;
  }

  private double timed(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.resolve("image-probe.log").toFile());
    // the launcher reads no -D of ours: the JVM takes it from here, so the user's own preferences stay untouched
    builder.environment().put("JAVA_TOOL_OPTIONS", "-Djava.util.prefs.userRoot=" + prefs);
    long start = System.nanoTime();
    Process p = builder.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(command.get(0) + " did not finish");
    }
    double ms = (System.nanoTime() - start) / 1e6;
    if (p.exitValue() != 0) {
      throw new IllegalStateException(command + " failed: " + Files.readString(out.resolve("image-probe.log")));
    }
    return ms;
  }
}
