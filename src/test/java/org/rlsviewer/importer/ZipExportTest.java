package org.rlsviewer.importer;

import org.rlsviewer.domain.FilePreview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.ImportResult;

/** A zipped export: its diary file is found inside and read as if given plainly (issue 19, item 2). */
class ZipExportTest {

  @TempDir
  Path dir;

  private final DiaryImporter importer = new DiaryImporter();

  private static byte[] fixture(String name) throws Exception {
    try (InputStream in = ZipExportTest.class.getResourceAsStream("formats/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theOnlyCsvInsideIsReadAsItsOwnFormat() throws Exception {
    byte[] daylio = fixture("daylio_test_data_12h_7col.csv");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("__MACOSX/._daylio_export.csv", new byte[] {0, 5, 22});
    entries.put("export/daylio_export.csv", daylio);
    entries.put("export/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8});
    Path zip = dir.resolve("daylio.zip");
    ZipTestFiles.write(zip, entries);

    ImportResult zipped = importer.importFile(zip);
    ImportResult plain = importer.importStream(new java.io.ByteArrayInputStream(daylio), "daylio_export.csv");
    assertThat(zipped.report().format()).isEqualTo("daylio");
    assertThat(zipped.report().sourceName()).isEqualTo("daylio.zip");
    assertThat(zipped.diary()).isEqualTo(plain.diary());
    assertThat(zipped.report().rejected()).isEqualTo(plain.report().rejected());
    assertThat(zipped.report().warnings()).startsWith("Read \"export/daylio_export.csv\" from the zip archive.");
  }

  @Test
  void aKnownExportNameWinsAndNamesClimbingOutOfTheArchiveAreIgnored() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("../../evil.csv", "date,severity\n2026-01-01,9\n".getBytes(StandardCharsets.UTF_8));
    entries.put("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
    entries.put("sleepdata.csv", fixture("sleepdata_2011_format_excerpt.csv"));
    Path zip = dir.resolve("sleep.zip");
    ZipTestFiles.write(zip, entries);

    ImportResult result = importer.importFile(zip);
    assertThat(result.report().format()).isEqualTo("sleep-cycle");
    assertThat(result.report().warnings()).contains(
        "Ignored 1 file name in the archive that points outside it.");
    assertThat(Files.exists(dir.getParent().getParent().resolve("evil.csv"))).isFalse();
  }

  @Test
  void aWorkbookInsideAZipIsReadAsAWorkbook() throws Exception {
    Path xlsx = dir.resolve("inner.xlsx");
    SpreadsheetTestFiles.xlsxFromCsv(Path.of("samples", "minimal-columns.csv"), xlsx);
    Path zip = dir.resolve("workbook.zip");
    ZipTestFiles.write(zip, Map.of("Diary 2026.xlsx", Files.readAllBytes(xlsx)));
    ImportResult result = importer.importFile(zip);
    assertThat(result.report().format()).isEqualTo("xlsx");
    assertThat(result.diary()).isEqualTo(importer.importFile(Path.of("samples", "minimal-columns.csv")).diary());
  }

  @Test
  void archivesWithoutOneDiaryFileSaySo() throws Exception {
    Path none = dir.resolve("none.zip");
    ZipTestFiles.write(none, Map.of("photo.jpg", new byte[] {1, 2}));
    assertThatThrownBy(() -> importer.importFile(none)).isInstanceOf(NotADiaryException.class)
        .hasMessage("\"none.zip\" is not a diary: it is a zip archive with no diary file in it"
            + " (no CSV, spreadsheet or export file).");

    Path two = dir.resolve("two.zip");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a.csv", new byte[] {'x'});
    entries.put("b.csv", new byte[] {'y'});
    ZipTestFiles.write(two, entries);
    assertThatThrownBy(() -> importer.importFile(two)).isInstanceOf(NotADiaryException.class)
        .hasMessage("\"two.zip\" is not a diary: it is a zip archive with several files that could be the diary"
            + " (\"a.csv\", \"b.csv\"); unpack it and open the diary file.");

    Path nested = dir.resolve("nested.zip");
    ZipTestFiles.write(nested, Map.of("inner.zip", Files.readAllBytes(two)));
    assertThatThrownBy(() -> importer.importFile(nested)).isInstanceOf(NotADiaryException.class)
        .hasMessageContaining("a zip archive inside a zip archive");
  }

  @Test
  void aZipBombIsRefusedWithinTheSizeLimit() throws Exception {
    byte[] zeros = new byte[8 * 1024 * 1024];
    System.arraycopy("date,severity\n".getBytes(StandardCharsets.US_ASCII), 0, zeros, 0, 14);
    Path zip = dir.resolve("bomb.zip");
    ZipTestFiles.write(zip, Map.of("diary.csv", zeros));
    assertThat(Files.size(zip)).isLessThan(100_000);

    assertThatThrownBy(() -> importer.importFile(zip, ImportOptions.defaults().withMaxBytes(2 * 1024 * 1024)))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"bomb.zip\" is not a diary: it unpacks to more than 2 MB, far more than any diary"
            + " (it may be a \"zip bomb\"), so it was not read further.");
  }

  @Test
  void anUnknownLayoutInsideAZipCanBePreviewedForMapping() throws Exception {
    Path zip = dir.resolve("unknown.zip");
    ZipTestFiles.write(zip, Map.of("Tabelle.csv", "Tag;Beine\n05.01.2026;3\n".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> importer.importFile(zip)).isInstanceOf(UnknownLayoutException.class)
        .hasMessageStartingWith("\"Tabelle.csv\" is not a diary: its header row has no \"date\" column");
    FilePreview preview = importer.preview(zip, ImportOptions.defaults(), 5);
    assertThat(preview.headers()).containsExactly("Tag", "Beine");
    assertThat(preview.rows()).containsExactly(java.util.List.of("05.01.2026", "3"));
  }

  @Test
  void unsafeNamesAreRecognised() {
    assertThat(ZipArchive.isSafe("export/sleep-export.csv")).isTrue();
    assertThat(ZipArchive.isSafe("../x.csv")).isFalse();
    assertThat(ZipArchive.isSafe("a/../../x.csv")).isFalse();
    assertThat(ZipArchive.isSafe("/etc/passwd")).isFalse();
    assertThat(ZipArchive.isSafe("C:\\x.csv")).isFalse();
    assertThat(ZipArchive.isSafe("..\\x.csv")).isFalse();
    assertThat(PackedFiles.localName("sleep-export.csv")).isEqualTo("sleep-export.csv");
    assertThat(PackedFiles.localName("Tagebuch März.xlsx")).isEqualTo("Tagebuch März.xlsx");
    assertThat(PackedFiles.localName("a\\..\\b:c?.csv")).isEqualTo("a_.._b_c_.csv");
    assertThat(PackedFiles.localName(".hidden")).isEqualTo("entry.hidden");
  }
}
