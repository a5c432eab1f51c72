package org.rlsviewer.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

/** Mangled copies of a valid diary never crash the importer and never lose track of a row. */
class DiaryImporterFuzzTest {

  private static final long SEED = 20260105L;
  private static final int ITERATIONS = 300;
  private static final byte[] PIECES_TO_INSERT =
      {'"', '"', ',', '\n', '\r', '#', ' ', '-', ':', '5', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, 0};

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

  private static void assertAccountsForEveryRow(ImportResult result, byte[] bytes, int iteration) {
    var report = result.report();
    int lineCount = PhysicalLines.split(new String(bytes, UTF_8)).size();
    assertThat(report.dataRows()).as("iteration %d", iteration)
        .isEqualTo(report.imported() + report.rejected().size());
    assertThat(result.diary().entries()).hasSize(report.imported());
    assertThat(result.diary().entries()).extracting(DiaryEntry::line)
        .allSatisfy(line -> assertThat(line).isBetween(1, lineCount));
    assertThat(report.rejected()).extracting(RejectedRow::line)
        .allSatisfy(line -> assertThat(line).isBetween(1, lineCount));
    assertThat(report.rejected()).extracting(RejectedRow::reason).allSatisfy(r -> assertThat(r).isNotBlank());
  }

  private static byte[] mutate(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return new byte[] {PIECES_TO_INSERT[random.nextInt(PIECES_TO_INSERT.length)]};
    }
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(6)) {
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
