package org.rlsviewer.bench;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.rlsviewer.analysis.AnalysisBench;

/**
 * Runs every benchmark of docs/benchmarks.md in one go, each figure beside its floor in the same
 * run, prints the table and writes {@code target/bench/results.csv}
 * ({@code figure,value,unit,target,met}). In-process figures come from JMH; start-up, memory and
 * Event Dispatch Thread stalls from separate processes timed from outside. {@code --quick} runs
 * one JMH iteration of each, for trying the command out; its figures are not for the record.
 */
public final class BenchMain {

  private static final int START_RUNS = 5;
  private static final int PROBE_LIMIT_SECONDS = 150;

  private final Path out = Path.of("target/bench").toAbsolutePath();
  private final List<Figure> figures = new ArrayList<>();
  private final String classPath = System.getProperty("java.class.path");
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  record Figure(String name, double value, String unit, String target, Boolean met, String note) {
    String value(int decimals) {
      return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    String metText() {
      return met == null ? "" : met ? "yes" : "no";
    }
  }

  public static void main(String[] args) throws Exception {
    new BenchMain().run(Arrays.asList(args).contains("--quick"));
  }

  private void run(boolean quick) throws Exception {
    Files.createDirectories(out);
    System.setProperty("bench.data", BenchData.folder().toAbsolutePath().toString());
    long began = System.nanoTime();
    log("generating diaries (seed " + BenchData.SEED + ") in " + BenchData.folder());
    for (int nights : new int[] {BenchData.EIGHT_WEEKS, AnalysisBench.NIGHTS, 10_000, 100_000, 1_000_000}) {
      BenchData.diary(nights);
    }
    BenchData.batch();

    wholeProcess();
    inProcess(quick);
    log("a clinic's database: patient list, search, open, save on SQLite and PostgreSQL");
    figures.addAll(new ClinicBench(quick).run());

    writeCsv();
    printTable();
    log(String.format(Locale.ROOT, "done in %.0f s; %s", (System.nanoTime() - began) / 1e9, out.resolve("results.csv")));
  }

  // ------------------------------------------------------------------ whole-process figures

  private void wholeProcess() throws Exception {
    Path memoryDiary = BenchData.diary(1_000_000);
    log("peak memory opening 1,000,000 rows with -Xmx512m");
    Map<String, String> mem = probe(List.of("-Xmx512m", "-Xlog:gc:file=" + out.resolve("gc-1m.log")),
        MemoryProbe.class.getName(), memoryDiary.toString());
    boolean completed = "yes".equals(mem.get("completed"));
    double peak = number(mem.get("peakHeapMb"));
    double live = number(mem.get("peakLiveAfterGcMb"));
    figures.add(new Figure("memory.open_1m_rows.completed_in_512m", completed ? 1 : 0, "yes=1", "1", completed,
        mem.getOrDefault("error", "")));
    figures.add(new Figure("memory.open_1m_rows.peak_heap_used", peak, "MB", "< 512", completed && peak < 512,
        "most heap in use at once (before a GC) under -Xmx512m"));
    figures.add(new Figure("memory.open_1m_rows.sum_of_pool_peaks", number(mem.get("peakUsedMb")), "MB", "", null,
        "upper bound: each heap pool's peak, at different moments"));
    figures.add(new Figure("memory.open_1m_rows.peak_live_after_gc", live, "MB", "", null, "largest heap in use after a GC"));
    figures.add(new Figure("memory.open_1m_rows.retained", number(mem.get("retainedMb")), "MB", "", null,
        "heap held with the diary open"));
    figures.add(new Figure("memory.open_1m_rows.seconds", number(mem.get("seconds")), "s", "", null,
        "import+rules+analysis under -Xmx512m"));

    if (GraphicsEnvironment.isHeadless()) {
      log("no display: start-up and EDT figures not measured (run under xvfb-run, as bench/run.sh does)");
      figures.add(new Figure("start.ratio_to_bare_flatlaf_window", Double.NaN, "x", "<= 1.5", false, "not measured: no display"));
      figures.add(new Figure("start.image_ratio_to_bare_flatlaf_window", Double.NaN, "x", ImageStartBench.TARGET, false,
          "not measured: no display"));
      figures.add(new Figure("ui.open_8_weeks_until_flags_shown", Double.NaN, "ms", "< 150", false, "not measured: no display"));
      figures.add(new Figure("ui.switch_patient", Double.NaN, "ms", "< 50", false, "not measured: no display"));
      figures.add(new Figure("edt.longest_stall_import_100k", Double.NaN, "ms", "<= 50", false, "not measured: no display"));
      return;
    }
    log("cold start to the first window with a sample, " + START_RUNS + " runs each, alternating with a bare FlatLaf window");
    Path sample = Path.of("samples/numbness-weakness.csv").toAbsolutePath();
    Path prefs = Files.createDirectories(out.resolve("prefs"));
    List<String> jvm = List.of("-Djava.util.prefs.userRoot=" + prefs);
    timedRun(jvm, AppStartProbe.class.getName(), sample.toString());
    timedRun(jvm, BareWindowProbe.class.getName());
    double[] app = new double[START_RUNS];
    double[] bare = new double[START_RUNS];
    for (int i = 0; i < START_RUNS; i++) {
      app[i] = timedRun(jvm, AppStartProbe.class.getName(), sample.toString());
      bare[i] = timedRun(jvm, BareWindowProbe.class.getName());
    }
    double appMs = median(app);
    double bareMs = median(bare);
    figures.add(new Figure("start.app_first_window_with_sample", appMs, "ms", "", null,
        "median of " + START_RUNS + " whole-process runs"));
    figures.add(new Figure("start.bare_flatlaf_window", bareMs, "ms", "", null, "median, floor"));
    figures.add(new Figure("start.ratio_to_bare_flatlaf_window", appMs / bareMs, "x", "<= 1.5", appMs / bareMs <= 1.5,
        "the jar, java -cp, against a bare FlatLaf window on the same JVM"));
    log("cold start of the installed app image, " + START_RUNS + " runs each, alternating with a bare FlatLaf window");
    figures.addAll(new ImageStartBench(out, prefs).run(sample, START_RUNS));

    openAndSwitch(prefs);

    log("longest EDT stall while the window imports 100,000 rows");
    Map<String, String> edt = probe(List.of("-Djava.util.prefs.userRoot=" + prefs),
        "org.rlsviewer.ui.EdtStallProbe", BenchData.diary(100_000).toString());
    double stall = number(edt.get("maxStallMs"));
    boolean shown = "yes".equals(edt.get("shown"));
    figures.add(new Figure("edt.longest_stall_import_100k", stall, "ms", "<= 50", shown && stall <= 50,
        edt.containsKey("error") ? edt.get("error")
            : "over 50 ms: " + edt.get("over50ms") + "; worst (length@time after open): " + edt.get("worst")));
    figures.add(new Figure("edt.open_100k_until_shown", number(edt.get("openSeconds")), "s", "", null, ""));
  }

  /** Opening eight-week diaries in the running window, and switching between two open patients. */
  private void openAndSwitch(Path prefs) throws Exception {
    log("opening eight-week diaries in a running window, and switching between two patients");
    List<String> args = BenchData.batch().stream().limit(8).map(Path::toString).toList();
    Map<String, String> ui = probe(List.of("-Djava.util.prefs.userRoot=" + prefs),
        "org.rlsviewer.ui.OpenSwitchProbe", args.toArray(String[]::new));
    double open = number(ui.get("openMs"));
    double change = number(ui.get("switchMs"));
    boolean switched = "yes".equals(ui.get("switched"));
    figures.add(new Figure("ui.open_8_weeks_until_flags_shown", open, "ms", "< 150", open < 150,
        ui.getOrDefault("error", "median of opens 3-8 (first, cold: " + ui.get("firstOpenMs") + " ms)")));
    figures.add(new Figure("ui.open_8_weeks_program_cpu", number(ui.get("openCpuMs")), "ms", "", null,
        "CPU of the program's threads per open, median of opens 3-8 (without the JIT compiler and GC)"));
    figures.add(new Figure("ui.switch_patient", change, "ms", "< 50", switched && change < 50,
        ui.getOrDefault("error", "median of 21 switches; longest " + ui.get("switchMaxMs") + " ms")));
    figures.add(new Figure("ui.switch_patient_program_cpu", number(ui.get("switchCpuMs")), "ms", "", null,
        "CPU of the program's threads per switch, median of 21 switches"));
  }

  private double timedRun(List<String> jvmArgs, String mainClass, String... args) throws Exception {
    List<String> command = command(jvmArgs, mainClass, args);
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.resolve("probe.log").toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(mainClass + " did not finish");
    }
    double ms = (System.nanoTime() - start) / 1e6;
    if (p.exitValue() != 0) {
      throw new IllegalStateException(mainClass + " failed: " + Files.readString(out.resolve("probe.log")));
    }
    return ms;
  }

  private Map<String, String> probe(List<String> jvmArgs, String mainClass, String... args) throws Exception {
    Path log = out.resolve(mainClass.substring(mainClass.lastIndexOf('.') + 1) + ".log");
    Process p = new ProcessBuilder(command(jvmArgs, mainClass, args)).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    Map<String, String> values = new LinkedHashMap<>();
    if (!p.waitFor(PROBE_LIMIT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      values.put("error", "did not finish within " + PROBE_LIMIT_SECONDS + " s");
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.contains(" ") || eq > 0 && line.startsWith("worst=") || eq > 0 && line.startsWith("error=")) {
        values.putIfAbsent(line.substring(0, eq), line.substring(eq + 1).trim());
      }
    }
    return values;
  }

  private List<String> command(List<String> jvmArgs, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  // ------------------------------------------------------------------ in-process figures (JMH)

  private void inProcess(boolean quick) throws Exception {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(ImportBench.class.getName())
        .include(AnalysisBench.class.getName())
        .include(PdfBench.class.getName())
        .include(BatchBench.class.getName())
        .jvmArgsPrepend("-Dbench.data=" + BenchData.folder().toAbsolutePath())
        .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.CSV)
        .result(out.resolve("jmh.csv").toString());
    if (quick) {
      options.warmupIterations(1).measurementIterations(1);
    }
    log("JMH: import, rules and analysis, PDF, batch (1 fork each; iterations in each class)");
    BatchCpuFigures.clear(BenchData.folder());
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Double> ms = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String rows = r.getParams().getParam("rows");
      ms.put(rows == null ? key : key + ":" + rows, r.getPrimaryResult().getScore());
    }

    for (int rows : new int[] {10_000, 1_000_000}) {
      String label = rows == 10_000 ? "10k" : "1m";
      double importer = ms.get("ImportBench.importer:" + rows);
      double floor = ms.get("ImportBench.openCsvAlone:" + rows);
      figures.add(new Figure("import." + label + ".rows_per_s", rows / (importer / 1000), "rows/s", "", null,
          String.format(Locale.ROOT, "%.1f ms per file", importer)));
      figures.add(new Figure("import." + label + ".opencsv_alone_rows_per_s", rows / (floor / 1000), "rows/s", "", null,
          String.format(Locale.ROOT, "floor, %.1f ms per file", floor)));
      figures.add(new Figure("import." + label + ".ratio_to_opencsv", importer / floor, "x", "<= 2",
          importer / floor <= 2, ""));
    }
    long[] sizes = AnalysisBench.sizes();
    double rules = ms.get("AnalysisBench.rulesAndAnalysis");
    double notes = ms.get("AnalysisBench.noteReader");
    figures.add(new Figure("analysis.entries_per_s", sizes[0] / (rules / 1000), "entries/s", "", null,
        String.format(Locale.ROOT, "%d nights in %.1f ms (rules, tests, figures, sleep/trial/lifestyle)", sizes[0], rules)));
    figures.add(new Figure("analysis.notes_chars_per_s", sizes[1] / (notes / 1000), "chars/s", "", null,
        String.format(Locale.ROOT, "negation-aware reader, %d chars in %.1f ms", sizes[1], notes)));
    double notesMbPerS = sizes[1] / (notes / 1000) / 1e6;
    figures.add(new Figure("analysis.notes_mb_per_s", notesMbPerS, "MB/s", ">= 5.6", notesMbPerS >= 5.6,
        "ASCII notes, 1 char = 1 byte"));
    double pdf = ms.get("PdfBench.visitSummary");
    double bare = ms.get("PdfBench.barePageWithOneChart");
    figures.add(new Figure("pdf.summary_8_weeks_warm", pdf, "ms", "< 60", pdf < 60, "written to a file"));
    figures.add(new Figure("pdf.bare_page_one_chart_warm", bare, "ms", "", null, "floor"));
    figures.add(new Figure("pdf.ratio_to_bare_page", pdf / bare, "x", "", null, ""));
    double all = ms.get("BatchBench.allCores");
    double one = ms.get("BatchBench.oneThread");
    int cores = Runtime.getRuntime().availableProcessors();
    figures.add(new Figure("batch.100_summaries_all_cores", all / 1000, "s", "", null,
        String.format(Locale.ROOT, "%.1f diaries/s (open + PDF each)", BenchData.BATCH / (all / 1000))));
    figures.add(new Figure("batch.cores_used", cores, "cores", "", null, "availableProcessors"));
    figures.add(new Figure("batch.100_summaries_one_thread", one / 1000, "s", "", null, ""));
    double speedUpTarget = 0.8 * cores;
    figures.add(new Figure("batch.speedup_all_cores", one / all, "x", String.format(Locale.ROOT, ">= %.1f", speedUpTarget),
        one / all >= speedUpTarget, "0.8 x cores; wall-clock, so only meaningful on an otherwise idle machine"));
    figures.addAll(BatchCpuFigures.read(BenchData.folder(), cores));
  }

  // ------------------------------------------------------------------ output

  private void writeCsv() throws IOException {
    StringBuilder csv = new StringBuilder("figure,value,unit,target,met\n");
    for (Figure f : figures) {
      csv.append(f.name()).append(',').append(f.value(3)).append(',').append(f.unit()).append(',')
          .append(f.target()).append(',').append(f.metText()).append('\n');
    }
    Files.writeString(out.resolve("results.csv"), csv.toString());
  }

  private void printTable() {
    System.out.println();
    System.out.printf(Locale.ROOT, "%-44s %14s %-10s %-8s %-4s %s%n", "figure", "value", "unit", "target", "met", "note");
    for (Figure f : figures) {
      int decimals = Math.abs(f.value()) >= 1000 ? 0 : Math.abs(f.value()) >= 10 ? 1 : 2;
      System.out.printf(Locale.ROOT, "%-44s %14s %-10s %-8s %-4s %s%n", f.name(), f.value(decimals), f.unit(),
          f.target(), f.met() == null ? "" : f.met() ? "yes" : "NO", f.note());
    }
    System.out.println();
  }

  /** The median; the probes take theirs the same way. */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double number(String text) {
    try {
      return text == null ? Double.NaN : Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static void log(String message) {
    System.out.println("[bench] " + message);
  }
}
