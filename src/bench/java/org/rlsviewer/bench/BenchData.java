package org.rlsviewer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The generated diaries the benchmarks read, written once into {@code target/bench/data} (or the
 * folder named by the system property {@code bench.data}) and reused: the generator is seeded, so
 * a file of a given name always has the same content.
 */
public final class BenchData {

  /** The seed of every benchmark diary. */
  public static final long SEED = 20261125L;
  /** Nights in a typical visit diary: eight weeks. */
  public static final int EIGHT_WEEKS = 56;
  /** Diaries in the batch benchmark. */
  public static final int BATCH = 100;

  /**
   * The benchmarks' "now": long synthetic diaries run past today, and the importer rejects nights
   * after tomorrow (issue 20), so the benchmarks read them as if in the year 5000 (the 1,000,000-night diary, begun in 2024, ends in 4762).
   */
  public static final java.time.Clock CLOCK =
      java.time.Clock.fixed(java.time.Instant.parse("5000-01-01T00:00:00Z"), java.time.ZoneId.of("UTC"));

  private BenchData() {}

  public static Path folder() {
    return Path.of(System.getProperty("bench.data", "target/bench/data"));
  }

  /** One patient's diary of the given number of nights. */
  public static synchronized Path diary(int nights) throws IOException {
    Path file = folder().resolve("diary-" + nights + ".csv");
    if (!Files.isRegularFile(file)) {
      Path temp = folder().resolve("diary-" + nights + ".csv.part");
      SyntheticDiaries.write(new SyntheticDiaries.Spec(SEED, 0, nights), temp);
      Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** The batch: {@link #BATCH} patients' eight-week diaries. */
  public static synchronized List<Path> batch() throws IOException {
    Path dir = folder().resolve("batch");
    List<Path> files = IntStream.range(0, BATCH)
        .mapToObj(p -> dir.resolve(String.format("patient-%04d.csv", p))).toList();
    if (!files.stream().allMatch(Files::isRegularFile)) {
      SyntheticDiaries.writeCohort(SEED, BATCH, EIGHT_WEEKS, dir);
    }
    return files;
  }
}
