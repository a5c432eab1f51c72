package org.rlsviewer.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.ImportResult;

/**
 * Mangled workbooks and zipped exports never crash the importer and never lose track of a row: the
 * bytes of the packages, the XML inside them (XML bombs and huge repeat counts included) and the
 * rows of the sheets are mutated. Seeded, so a failure repeats; bounded (decision 0005).
 */
class SpreadsheetFuzzTest {

  private static final long SEED = 20261207L;
  private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 60);
  private static final String[] XML_PIECES = {"<", ">", "&", "\"", "&lol;", "<![CDATA[x]]>",
      "<!DOCTYPE lolz [<!ENTITY lol \"lolololol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>",
      " table:number-rows-repeated=\"999999999\"", " table:number-columns-repeated=\"2147483647\"",
      " table:number-rows-spanned=\"99999\"", " office:value-type=\"date\" office:date-value=\"2026-02-30\"",
      " office:value-type=\"time\" office:time-value=\"PT999H\"", " office:value-type=\"float\" office:value=\"1e400\"",
      "<table:table-row>", "</table:table-row>", "<text:p>", "</table:table-cell>", "<text:s text:c=\"9999999\"/>"};

  @TempDir
  Path dir;

  private final DiaryImporter importer = new DiaryImporter();

  @Test
  void mutatedWorkbookAndArchiveBytesOnlyEverFailAsNotADiary() throws Exception {
    Path csv = Path.of("samples", "one-sided-swelling.csv");
    List<byte[]> originals = List.of(
        Files.readAllBytes(SpreadsheetTestFiles.xlsxFromCsv(csv, dir.resolve("a.xlsx"))),
        Files.readAllBytes(SpreadsheetTestFiles.odsFromCsv(csv, dir.resolve("a.ods"))),
        zipped(Files.readAllBytes(csv)));
    Random random = new Random(SEED);
    int diaries = 0;
    for (int iteration = 0; iteration < ITERATIONS * 3; iteration++) {
      byte[] original = originals.get(iteration % originals.size());
      byte[] mutated = original.clone();
      for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
        mutated = mutateBytes(mutated, random);
      }
      if (importsBalanced(mutated, iteration)) {
        diaries++;
      }
    }
    assertThat(diaries).as("some mutations still import").isPositive();
  }

  @Test
  void mutatedContentXmlOnlyEverFailsAsNotADiary() throws Exception {
    List<List<Object>> rows = Workbooks.typedRows(Path.of("samples", "snoring-pauses.csv"));
    String content = Workbooks.contentXml(new Workbooks.SheetData("Diary", rows));
    Random random = new Random(SEED + 1);
    int diaries = 0;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      StringBuilder mutated = new StringBuilder(content);
      for (int m = 0, n = 1 + random.nextInt(4); m < n; m++) {
        mutateXml(mutated, random);
      }
      Path ods = dir.resolve("m" + iteration + ".ods");
      Workbooks.writeOds(ods, mutated.toString(), Map.of());
      if (importsBalanced(Files.readAllBytes(ods), iteration)) {
        diaries++;
      }
    }
    assertThat(diaries).as("some mutations still import").isPositive();
  }

  @Test
  void mutatedSheetRowsAreEachAccountedForWithTheirRowNumber() throws Exception {
    List<List<Object>> original = Workbooks.typedRows(Path.of("samples", "numbness-weakness.csv"));
    Random random = new Random(SEED + 2);
    for (int iteration = 0; iteration < ITERATIONS / 2; iteration++) {
      List<List<Object>> rows = new ArrayList<>();
      original.forEach(r -> rows.add(r == null ? null : new ArrayList<>(r)));
      for (int m = 0, n = 1 + random.nextInt(5); m < n; m++) {
        mutateRows(rows, random);
      }
      Path file = dir.resolve("r" + iteration + (iteration % 2 == 0 ? ".xlsx" : ".ods"));
      if (iteration % 2 == 0) {
        Workbooks.writeXlsx(file, random.nextBoolean(), new Workbooks.SheetData("Diary", rows));
      } else {
        Workbooks.writeOds(file, new Workbooks.SheetData("Diary", rows));
      }
      try {
        ImportResult result = importer.importFile(file);
        assertBalanced(result, rows.size(), iteration);
        int header = headerRow(rows);
        long filledRowsBelowHeader = rows.subList(header, rows.size()).stream()
            .filter(r -> r != null && r.stream().anyMatch(c -> c != null && !c.toString().isBlank())).count();
        assertThat(result.report().dataRows()).as("iteration %d", iteration).isEqualTo((int) filledRowsBelowHeader);
      } catch (NotADiaryException | AmbiguousDayMonthOrderException expected) {
        assertThat(expected.getMessage()).as("iteration %d", iteration).contains(file.getFileName().toString());
      }
    }
  }

  /** Mostly well-formed changes (attributes on cells and rows, text in cells), sometimes raw damage. */
  private static void mutateXml(StringBuilder xml, Random random) {
    String[] anchors = {"<table:table-cell", "<table:table-row", "<text:p>"};
    String anchor = anchors[random.nextInt(anchors.length)];
    int from = random.nextInt(xml.length());
    int at = xml.indexOf(anchor, from);
    if (at < 0) {
      at = xml.indexOf(anchor);
    }
    switch (random.nextInt(4)) {
      case 0, 1 -> {
        String piece = XML_PIECES[random.nextInt(XML_PIECES.length)];
        if (anchor.equals("<text:p>")) {
          piece = random.nextBoolean() ? "7 września, 25/01/2026 & more" : "x\u0001y";
        } else if (!piece.startsWith(" ")) {
          piece = " table:style-name=\"x\"";
        }
        xml.insert(at + anchor.length(), piece);
      }
      case 2 -> xml.insert(random.nextInt(xml.length()), XML_PIECES[random.nextInt(XML_PIECES.length)]);
      default -> {
        int start = random.nextInt(xml.length());
        xml.delete(start, Math.min(xml.length(), start + 1 + random.nextInt(30)));
      }
    }
  }

  private static int headerRow(List<List<Object>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) != null && rows.get(i).contains("date")) {
        return i + 1;
      }
    }
    return rows.size();
  }

  private static void mutateRows(List<List<Object>> rows, Random random) {
    int at = random.nextInt(rows.size());
    List<Object> row = rows.get(at);
    switch (random.nextInt(5)) {
      case 0 -> rows.set(at, null);
      case 1 -> rows.add(at, row == null ? null : new ArrayList<>(row));
      case 2 -> {
        if (row != null && !row.isEmpty()) {
          Object[] anything = {"", "x", -3.0, 1e12, 0.5, "7 września", "=1/0", "\"", "a\nb", "2026-13-45",
              java.time.LocalTime.of(3, 0), java.time.LocalDate.of(1900, 1, 1), Boolean.TRUE};
          row.set(random.nextInt(row.size()), anything[random.nextInt(anything.length)]);
        }
      }
      case 3 -> java.util.Collections.swap(rows, at, random.nextInt(rows.size()));
      default -> {
        if (row != null) {
          row.add(random.nextInt(row.size() + 1), "extra");
        }
      }
    }
  }

  private boolean importsBalanced(byte[] bytes, int iteration) throws Exception {
    try {
      ImportResult result = importer.importStream(new ByteArrayInputStream(bytes), "fuzz.xlsx");
      assertBalanced(result, Integer.MAX_VALUE, iteration);
      return true;
    } catch (NotADiaryException | AmbiguousDayMonthOrderException expected) {
      assertThat(expected.getMessage()).as("iteration %d", iteration).contains("\"fuzz.xlsx\"");
      return false;
    }
  }

  private static void assertBalanced(ImportResult result, int maxLine, int iteration) {
    ImportAccounting.assertBalanced(result, maxLine, iteration);
  }

  private byte[] zipped(byte[] csv) throws Exception {
    Path zip = dir.resolve("export.zip");
    ZipTestFiles.write(zip, Map.of("export/diary.csv", csv, "readme.txt", "hello".getBytes(UTF_8)));
    return Files.readAllBytes(zip);
  }

  private static byte[] mutateBytes(byte[] bytes, Random random) {
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(4)) {
      case 0 -> {
        byte[] copy = bytes.clone();
        copy[at] = (byte) random.nextInt(256);
        yield copy;
      }
      case 1 -> {
        byte[] copy = bytes.clone();
        for (int i = at; i < Math.min(copy.length, at + 16); i++) {
          copy[i] = (byte) random.nextInt(256);
        }
        yield copy;
      }
      case 2 -> {
        int end = Math.min(bytes.length, at + 1 + random.nextInt(64));
        byte[] cut = new byte[bytes.length - (end - at)];
        System.arraycopy(bytes, 0, cut, 0, at);
        System.arraycopy(bytes, end, cut, at, bytes.length - end);
        yield cut;
      }
      default -> Arrays.copyOf(bytes, Math.max(8, at));
    };
  }
}
