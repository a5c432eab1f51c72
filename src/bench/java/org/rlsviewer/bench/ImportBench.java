package org.rlsviewer.bench;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.importer.DiaryImporter;

/**
 * Import of a diary file (one patient, one row per night) against the floor: the same file read
 * with OpenCSV alone, every cell of every row produced and nothing checked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ImportBench {

  @Param({"10000", "1000000"})
  public int rows;

  private Path file;
  private final DiaryImporter importer = new DiaryImporter(BenchData.CLOCK);

  @Setup
  public void generate() throws Exception {
    file = BenchData.diary(rows);
  }

  @Benchmark
  public ImportResult importer() throws Exception {
    return importer.importFile(file);
  }

  @Benchmark
  public long openCsvAlone(Blackhole bh) throws Exception {
    return openCsv(file, bh::consume);
  }

  /** Every row of the file read with OpenCSV alone, each given to {@code row}; the number of cells. */
  static long openCsv(Path file, java.util.function.Consumer<String[]> each) throws Exception {
    long cells = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReader csv = new CSVReaderBuilder(in).build()) {
      String[] row;
      while ((row = csv.readNext()) != null) {
        each.accept(row);
        cells += row.length;
      }
    }
    return cells;
  }
}
