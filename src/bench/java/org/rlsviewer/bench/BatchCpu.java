package org.rlsviewer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the batch's CPU went, per benchmark mode, over its measured iterations: wall time, the
 * process's CPU, the CPU of the threads writing summaries, and the rest (JIT compiler, garbage
 * collector and other JVM threads; on Linux by thread name from {@code /proc/self/task}). Written
 * by the forked benchmark JVM to {@code batch-cpu-MODE.txt} beside the bench data, read by
 * {@link BenchMain}: a one-thread run that keeps more than one core busy cannot be sped up by the
 * cores' count.
 */
final class BatchCpu {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final AtomicLong workerNanos = new AtomicLong();
  private long wallStart;
  private long processStart;
  private Map<String, Long> ticksStart = Map.of();
  private long iterations;
  private double wallMs;
  private double processMs;
  private double workerMs;
  private double jitMs;
  private double gcMs;

  long threadCpu() {
    return threads.getCurrentThreadCpuTime();
  }

  void worked(long threadCpuAtStart) {
    workerNanos.addAndGet(threads.getCurrentThreadCpuTime() - threadCpuAtStart);
  }

  void start() {
    workerNanos.set(0);
    ticksStart = ThreadTicks.byKind();
    processStart = os.getProcessCpuTime();
    wallStart = System.nanoTime();
  }

  void end(String mode, boolean measured) throws IOException {
    double wall = (System.nanoTime() - wallStart) / 1e6;
    double process = (os.getProcessCpuTime() - processStart) / 1e6;
    Map<String, Long> ticks = ThreadTicks.since(ticksStart);
    if (!measured) {
      return;
    }
    iterations++;
    wallMs += wall;
    processMs += process;
    workerMs += workerNanos.get() / 1e6;
    jitMs += ThreadTicks.ms(ticks, "C1 CompilerThre", "C2 CompilerThre");
    gcMs += ThreadTicks.ms(ticks, "GC Thread", "G1 Conc", "G1 Refine", "G1 Main Marker", "G1 Service", "VM Thread");
    String text = String.format(Locale.ROOT,
        "wallMs=%.1f%nprocessCpuMs=%.1f%nworkerCpuMs=%.1f%njitCpuMs=%.1f%ngcCpuMs=%.1f%n",
        wallMs / iterations, processMs / iterations, workerMs / iterations, jitMs / iterations, gcMs / iterations);
    Files.writeString(BenchData.folder().resolve("batch-cpu-" + mode + ".txt"), text);
  }
}
