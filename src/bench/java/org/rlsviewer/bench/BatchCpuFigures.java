package org.rlsviewer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch's CPU figures from what {@link BatchCpu} wrote in the benchmark's JVM: how many cores'
 * worth of CPU the one-thread run needs (its JIT compiler and garbage collector run beside the one
 * worker, on the other cores, which all cores' run does not have spare), and the CPU a
 * summary takes on one thread and on all (equal when no lock serialises the work).
 */
final class BatchCpuFigures {

  private BatchCpuFigures() {}

  /** Removes an earlier run's files, so a batch benchmark that failed leaves no figures. */
  static void clear(Path folder) throws IOException {
    Files.deleteIfExists(folder.resolve("batch-cpu-oneThread.txt"));
    Files.deleteIfExists(folder.resolve("batch-cpu-allCores.txt"));
  }

  static List<BenchMain.Figure> read(Path folder, int cores) throws IOException {
    Map<String, Double> one = values(folder.resolve("batch-cpu-oneThread.txt"));
    Map<String, Double> all = values(folder.resolve("batch-cpu-allCores.txt"));
    List<BenchMain.Figure> figures = new ArrayList<>();
    if (one.isEmpty() || all.isEmpty()) {
      return figures;
    }
    // on an idle machine the one-thread run takes about its worker's CPU in wall time, the rest running
    // on the other cores; the ratio of CPU times holds whatever the machine's load
    double needed = one.get("processCpuMs") / one.get("workerCpuMs");
    figures.add(new BenchMain.Figure("batch.one_thread_run_cores_needed", needed, "cores", "", null,
        String.format(Locale.ROOT, "process CPU / worker CPU of the one-thread run; of its CPU: worker %.0f%%, JIT %.0f%%,"
            + " GC %.0f%%", share(one, "workerCpuMs"), share(one, "jitCpuMs"), share(one, "gcCpuMs"))));
    figures.add(new BenchMain.Figure("batch.cpu_per_summary_one_thread", one.get("workerCpuMs") / BenchData.BATCH,
        "ms", "", null, "CPU of the thread writing the summaries"));
    figures.add(new BenchMain.Figure("batch.cpu_per_summary_all_cores", all.get("workerCpuMs") / BenchData.BATCH,
        "ms", "", null, String.format(Locale.ROOT, "CPU of the worker threads; all cores' run: JIT %.0f%%, GC %.0f%%"
            + " of the process's CPU", share(all, "jitCpuMs"), share(all, "gcCpuMs"))));
    return figures;
  }

  private static double share(Map<String, Double> v, String key) {
    return 100 * v.get(key) / v.get("processCpuMs");
  }

  private static Map<String, Double> values(Path file) throws IOException {
    Map<String, Double> values = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return values;
    }
    for (String line : Files.readAllLines(file)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
      }
    }
    return values;
  }
}
