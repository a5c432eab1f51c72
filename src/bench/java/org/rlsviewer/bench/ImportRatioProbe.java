package org.rlsviewer.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.rlsviewer.importer.DiaryImporter;

/**
 * A quick side-by-side timing of the import against bare OpenCSV, for working on the importer
 * without a whole JMH run: {@code ImportRatioProbe ROWS RUNS} alternates the two on the same file
 * and prints the median of each, their ratio, the median of the runs' ratios and the ratio of the
 * fastest runs. Not a benchmark figure (JMH's {@link ImportBench} is).
 */
public final class ImportRatioProbe {

  private ImportRatioProbe() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    Path file = BenchData.diary(rows);
    DiaryImporter importer = new DiaryImporter(BenchData.CLOCK);
    double[] imports = new double[runs];
    double[] floors = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      int n = importer.importFile(file).diary().entries().size();
      imports[i] = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      long cells = ImportBench.openCsv(file, row -> { });
      floors[i] = (System.nanoTime() - t) / 1e6;
      if (n == 0 || cells == 0) {
        throw new IllegalStateException("nothing read");
      }
    }
    double[] ratios = new double[runs];
    for (int i = 0; i < runs; i++) {
      ratios[i] = imports[i] / floors[i];
    }
    double imp = median(imports);
    double floor = median(floors);
    // on a shared machine the fastest run of each is the least disturbed one
    double best = Arrays.stream(imports).min().orElseThrow() / Arrays.stream(floors).min().orElseThrow();
    System.out.printf(Locale.ROOT, "rows=%d import_ms=%.1f opencsv_ms=%.1f ratio_of_medians=%.2f"
        + " median_ratio=%.2f ratio_of_fastest=%.2f%n", rows, imp, floor, imp / floor, median(ratios), best);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
