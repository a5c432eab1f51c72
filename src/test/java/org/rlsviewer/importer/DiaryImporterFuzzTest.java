package org.rlsviewer.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rlsviewer.domain.ImportResult;

/**
 * Mangled copies of every diary the tests know (the acceptance fixture, the app-export samples and
 * format fixtures, and the example diaries in {@code samples/}) never crash the importer and never
 * lose track of a row. Seeded, so a failure repeats; bounded in time for CI. Decision record:
 * docs/decisions/0005-seeded-fuzzing.md.
 */
class DiaryImporterFuzzTest {

  private static final long SEED = 20260105L;
  private static final int ITERATIONS = 300;
  /** Per fixture; {@code -Dfuzz.iterations=5000 -Dfuzz.seconds=600} for a longer run by hand. */
  private static final int ITERATIONS_PER_FIXTURE = Integer.getInteger("fuzz.iterations", 120);
  private static final Duration TIME_BUDGET = Duration.ofSeconds(Integer.getInteger("fuzz.seconds", 45));
  /** The multi-person fixture's first person, so that its mutations are imported rather than asked about. */
  private static final ImportOptions ONE_PERSON = ImportOptions.defaults().withPerson("QEVuQwEAyV+d3k/pq1E=");
  private static final byte[] PIECES_TO_INSERT =
      {'"', '"', ',', ';', '\t', '\n', '\r', '#', ' ', '-', '/', '.', ':', '5', '1', 'p', 'm', '|', '<', '>', '&',
          '{', '[', ']',
          (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0x94, (byte) 0xFF, (byte) 0xFE, 0};

  @Test
  void mutatedDiariesOnlyEverFailAsNotADiaryAndAccountForEveryRow() throws Exception {
    byte[] original;
    try (InputStream in = getClass().getResourceAsStream("acceptance-bom-crlf.csv")) {
      original = in.readAllBytes();
    }
    Random random = new Random(SEED);
    DiaryImporter importer = new DiaryImporter();
    int imported = 0;
    int notADiary = 0;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      byte[] mutated = original;
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        mutated = mutate(mutated, random);
      }
      try {
        ImportResult result = importer.importStream(new ByteArrayInputStream(mutated), "fuzz.csv");
        assertAccountsForEveryRow(result, mutated, iteration);
        imported++;
      } catch (NotADiaryException expected) {
        assertThat(expected.getMessage()).startsWith("\"fuzz.csv\" is not a diary: ");
        notADiary++;
      }
    }
    assertThat(imported).as("most mutations still leave a diary").isGreaterThan(ITERATIONS / 2);
    assertThat(imported + notADiary).isEqualTo(ITERATIONS);
  }

  static Stream<Path> fixtures() throws Exception {
    Path formats = Path.of(DiaryImporterFuzzTest.class.getResource("formats").toURI());
    List<Path> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(formats)) {
      files.filter(f -> f.toString().matches(".*\\.(csv|json|xml)")).sorted().forEach(all::add);
    }
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(all::add);
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void mutatedSamplesOfEveryFormatNeverCrashAndAlwaysBalance(Path fixture) throws Exception {
    byte[] original = Files.readAllBytes(fixture);
    Random random = new Random(Long.getLong("fuzz.seed", SEED) ^ fixture.getFileName().toString().hashCode());
    DiaryImporter importer = new DiaryImporter();
    long deadline = System.nanoTime() + TIME_BUDGET.toNanos() / 20;
    int diaries = 0;
    for (int iteration = 0; iteration < ITERATIONS_PER_FIXTURE && System.nanoTime() < deadline; iteration++) {
      byte[] mutated = original;
      int mutations = 1 + random.nextInt(5);
      for (int m = 0; m < mutations; m++) {
        mutated = mutate(mutated, random);
      }
      try {
        ImportResult result = importer.importStream(new ByteArrayInputStream(mutated), "fuzz.csv", ONE_PERSON);
        assertAccountsForEveryRow(result, mutated, iteration);
        diaries++;
      } catch (NotADiaryException | AmbiguousDayMonthOrderException expected) {
        assertThat(expected.getMessage()).as("iteration %d", iteration).contains("\"fuzz.csv\"");
      }
    }
    assertThat(diaries).as("most mutations of %s still import", fixture.getFileName()).isPositive();
  }

  /** XML bombs and external entities planted in the Apple Health example, wherever they land, are refused. */
  @Test
  void entitiesPlantedInTheAppleHealthExportAreAlwaysRefused() throws Exception {
    String original = Files.readString(Path.of(getClass().getResource("formats/apple_health_export_synthetic.xml").toURI()));
    String[] declarations = {
        "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">",
        "<!ENTITY c SYSTEM \"file:///etc/hostname\">",
        "<!ENTITY % c SYSTEM \"file:///etc/hostname\"> %c;",
        "<!ENTITY c SYSTEM \"http://127.0.0.1:9/x\">"};
    Random random = new Random(SEED);
    DiaryImporter importer = new DiaryImporter();
    for (int iteration = 0; iteration < 40; iteration++) {
      String declaration = declarations[random.nextInt(declarations.length)];
      String planted = original.replace("<!DOCTYPE HealthData [", "<!DOCTYPE HealthData [\n" + declaration);
      int record = planted.indexOf("sourceName=\"", planted.indexOf("<Record", random.nextInt(planted.length() / 2)));
      if (record >= 0 && random.nextBoolean()) {
        planted = planted.substring(0, record) + "sourceName=\"&c;" + planted.substring(record + 12);
      }
      byte[] bytes = planted.getBytes(UTF_8);
      int at = iteration;
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> importer.importStream(new ByteArrayInputStream(bytes), "export.xml"))
          .as("iteration %d", at).isInstanceOf(NotADiaryException.class).hasMessageContaining("XML entities");
    }
  }

  private static void assertAccountsForEveryRow(ImportResult result, byte[] bytes, int iteration) {
    int lineCount = Math.max(PhysicalLines.split(new String(bytes, UTF_8)).size(),
        PhysicalLines.split(new String(bytes, StandardCharsets.UTF_16)).size());
    ImportAccounting.assertBalanced(result, lineCount, iteration);
    assertThat(result.report().merged()).allSatisfy(m -> assertThat(m.lines()).hasSizeGreaterThan(1));
  }

  private static byte[] mutate(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return new byte[] {PIECES_TO_INSERT[random.nextInt(PIECES_TO_INSERT.length)]};
    }
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(8)) {
      case 0 -> { // flip one byte to anything
        byte[] copy = bytes.clone();
        copy[at] = (byte) random.nextInt(256);
        return copy;
      }
      case 1 -> { // insert a byte that CSV cares about
        return insert(bytes, at, new byte[] {PIECES_TO_INSERT[random.nextInt(PIECES_TO_INSERT.length)]});
      }
      case 2 -> { // delete a short run
        int end = Math.min(bytes.length, at + 1 + random.nextInt(8));
        return concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, end, bytes.length));
      }
      case 3 -> { // duplicate a line
        List<byte[]> lines = lines(bytes);
        int line = random.nextInt(lines.size());
        lines.add(line, lines.get(line));
        return join(lines);
      }
      case 4 -> { // drop a line
        List<byte[]> lines = lines(bytes);
        lines.remove(random.nextInt(lines.size()));
        return join(lines);
      }
      case 5 -> { // swap two lines (newest first becomes oldest first, a header moves down)
        List<byte[]> lines = lines(bytes);
        java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        return join(lines);
      }
      case 6 -> { // replace every comma by a semicolon or the other way round
        byte from = random.nextBoolean() ? (byte) ',' : (byte) ';';
        byte[] copy = bytes.clone();
        for (int i = 0; i < copy.length; i++) {
          if (copy[i] == from) {
            copy[i] = from == ',' ? (byte) ';' : (byte) ',';
          }
        }
        return copy;
      }
      default -> { // cut the file short
        return Arrays.copyOf(bytes, at);
      }
    }
  }

  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    byte[] all = new byte[0];
    for (byte[] line : lines) {
      all = concat(all, line);
    }
    return all;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] piece) {
    return concat(concat(Arrays.copyOfRange(bytes, 0, at), piece), Arrays.copyOfRange(bytes, at, bytes.length));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
