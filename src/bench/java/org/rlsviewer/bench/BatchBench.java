package org.rlsviewer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.rlsviewer.service.DiaryService;

/**
 * A clinic day's batch: open each of 100 eight-week diaries and write its visit summary PDF, once
 * spread over every available core and once on one thread (for the speed-up). The service is
 * shared, as it is stateless after construction. Four warm-up runs (400 summaries): the JIT compiler
 * is still busy after 300 (docs/benchmarks/batch-and-note-reader.md), and in the one-thread run it
 * works on the other core, which all cores' run does not have spare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class BatchBench {

  private List<Path> diaries;
  private Path outFolder;
  private ForkJoinPool allCores;
  private final DiaryService service = new DiaryService(BenchData.CLOCK, "bench");

  @Setup
  public void prepare() throws IOException {
    diaries = BenchData.batch();
    outFolder = Files.createDirectories(BenchData.folder().resolve("batch-out"));
    allCores = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }

  @TearDown
  public void close() {
    allCores.shutdown();
  }

  /** Where the CPU went in the measured iterations (see {@link BatchCpu}). */
  private final BatchCpu cpu = new BatchCpu();

  @Setup(Level.Iteration)
  public void startIteration() {
    cpu.start();
  }

  @TearDown(Level.Iteration)
  public void endIteration(BenchmarkParams benchmark, IterationParams iteration) throws IOException {
    String mode = benchmark.getBenchmark().substring(benchmark.getBenchmark().lastIndexOf('.') + 1);
    cpu.end(mode, iteration.getType() == IterationType.MEASUREMENT);
  }

  @Benchmark
  public void allCores() throws Exception {
    allCores.submit(() -> diaries.parallelStream().forEach(this::summarise)).get();
  }

  @Benchmark
  public void oneThread() {
    diaries.forEach(this::summarise);
  }

  private void summarise(Path diary) {
    long began = cpu.threadCpu();
    try {
      service.writeSummary(service.open(diary), outFolder.resolve(diary.getFileName() + ".pdf"));
      cpu.worked(began);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(diary + ": " + e.getMessage(), e);
    }
  }
}
