package org.rlsviewer.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.rlsviewer.service.DiaryService;

/**
 * The batch of {@link BenchData#BATCH} summaries run in one process, one thread and all cores
 * alternating, and where the CPU went in each: wall time, the process's CPU, the CPU of the threads
 * doing the work, and the rest (garbage collector, JIT compiler, other JVM threads). Prints
 * {@code key=value} lines; {@code -Drounds=N} measured pairs after {@code -Dwarmup=N} pairs. Run by
 * hand for side-by-side comparisons (docs/benchmarks/batch-and-note-reader.md), not by bench/run.sh.
 */
public final class BatchProbe {

  private final List<Path> diaries;
  private final Path outFolder;
  private final DiaryService service = new DiaryService(BenchData.CLOCK, "bench");
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  BatchProbe() throws Exception {
    diaries = BenchData.batch();
    outFolder = Files.createDirectories(BenchData.folder().resolve("batch-probe-out-" + ProcessHandle.current().pid()));
  }

  /** One mode's run: wall and CPU in ms. */
  record Run(String mode, double wallMs, double processCpuMs, double workerCpuMs, double gcMs, double jitMs,
      int workers) {
    double otherCpuMs() {
      return processCpuMs - workerCpuMs;
    }

    String line() {
      return String.format(Locale.ROOT,
          "%-10s wall %7.0f ms  process CPU %7.0f ms (%.2f cores)  workers %7.0f ms (%d threads, %.1f ms/summary)"
              + "  other %6.0f ms  gc(collector time) %5.0f ms  jit %5.0f ms",
          mode, wallMs, processCpuMs, processCpuMs / wallMs, workerCpuMs, workers, workerCpuMs / BenchData.BATCH,
          otherCpuMs(), gcMs, jitMs);
    }
  }

  public static void main(String[] args) throws Exception {
    int warmup = Integer.getInteger("warmup", 2);
    int rounds = Integer.getInteger("rounds", 3);
    BatchProbe probe = new BatchProbe();
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    double oneWall = 0;
    double allWall = 0;
    double oneProcess = 0;
    double oneWorkers = 0;
    double allWorkers = 0;
    for (int r = 0; r < warmup + rounds; r++) {
      // alternate which mode goes first, so a change of machine load is shared out
      boolean oneFirst = r % 2 == 0;
      Run a = oneFirst ? probe.oneThread() : probe.allCores(pool);
      Run b = oneFirst ? probe.allCores(pool) : probe.oneThread();
      Run one = oneFirst ? a : b;
      Run all = oneFirst ? b : a;
      String tag = r < warmup ? "warmup " + r : "round " + (r - warmup);
      System.out.println("# " + tag + ": " + one.line());
      System.out.println("# " + tag + ": " + all.line());
      System.out.printf(Locale.ROOT, "# %s: speed-up %.2fx wall, load %.1f%n", tag, one.wallMs / all.wallMs,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      if (r >= warmup) {
        oneWall += one.wallMs;
        allWall += all.wallMs;
        oneProcess += one.processCpuMs;
        oneWorkers += one.workerCpuMs;
        allWorkers += all.workerCpuMs;
      }
    }
    pool.shutdown();
    System.out.printf(Locale.ROOT, "oneThreadMs=%.1f%n", oneWall / rounds);
    System.out.printf(Locale.ROOT, "allCoresMs=%.1f%n", allWall / rounds);
    System.out.printf(Locale.ROOT, "speedup=%.3f%n", oneWall / allWall);
    System.out.printf(Locale.ROOT, "oneThreadCoresBusy=%.3f%n", oneProcess / oneWall);
    System.out.printf(Locale.ROOT, "oneThreadWorkerCpuPerSummaryMs=%.2f%n", oneWorkers / rounds / BenchData.BATCH);
    System.out.printf(Locale.ROOT, "allCoresWorkerCpuPerSummaryMs=%.2f%n", allWorkers / rounds / BenchData.BATCH);
  }

  Run oneThread() {
    Snapshot before = snapshot();
    long cpu0 = threads.getCurrentThreadCpuTime();
    for (Path diary : diaries) {
      summarise(diary);
    }
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    return before.until(snapshot(), "one thread", cpu, 1);
  }

  Run allCores(ForkJoinPool pool) throws Exception {
    ConcurrentHashMap<Long, AtomicLong> spent = new ConcurrentHashMap<>();
    Snapshot before = snapshot();
    pool.submit(() -> diaries.parallelStream().forEach(d -> {
      long t0 = threads.getCurrentThreadCpuTime();
      summarise(d);
      spent.computeIfAbsent(Thread.currentThread().getId(), k -> new AtomicLong())
          .addAndGet(threads.getCurrentThreadCpuTime() - t0);
    })).get();
    long cpu = spent.values().stream().mapToLong(AtomicLong::get).sum();
    return before.until(snapshot(), "all cores", cpu, spent.size());
  }

  private void summarise(Path diary) {
    try {
      service.writeSummary(service.open(diary), outFolder.resolve(diary.getFileName() + ".pdf"));
    } catch (Exception e) {
      throw new IllegalStateException(diary + ": " + e.getMessage(), e);
    }
  }

  private record Snapshot(long nanos, long processCpu, long gcMs, long jitMs, Map<String, Long> byThread) {
    Run until(Snapshot after, String mode, long workerCpuNanos, int workers) {
      Map<String, Long> spent = new TreeMap<>();
      after.byThread.forEach((k, v) -> spent.put(k, v - byThread.getOrDefault(k, 0L)));
      StringBuilder text = new StringBuilder();
      spent.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .filter(e -> e.getValue() > 0).forEach(e -> text.append(' ').append(e.getKey()).append('=').append(e.getValue() * 10));
      System.out.println("#   threads (ms CPU) " + mode + ":" + text);
      return new Run(mode, (after.nanos - nanos) / 1e6, (after.processCpu - processCpu) / 1e6,
          workerCpuNanos / 1e6, after.gcMs - gcMs, after.jitMs - jitMs, workers);
    }
  }

  private Snapshot snapshot() {
    long gc = 0;
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, bean.getCollectionTime());
    }
    return new Snapshot(System.nanoTime(), os.getProcessCpuTime(), gc,
        ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), ThreadTicks.byKind());
  }
}
