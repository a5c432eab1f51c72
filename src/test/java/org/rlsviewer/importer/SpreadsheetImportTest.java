package org.rlsviewer.importer;

import org.rlsviewer.domain.FilePreview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.importer.Workbooks.Formula;
import org.rlsviewer.importer.Workbooks.Merge;
import org.rlsviewer.importer.Workbooks.SheetData;

/** .xlsx and .ods diaries read straight from the workbook (issue 19, item 1). */
class SpreadsheetImportTest {

  @TempDir
  Path dir;

  private final DiaryImporter importer = new DiaryImporter();

  private static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /** The rows, in a list the test may still add to. */
  @SafeVarargs
  private static List<List<Object>> rows(List<Object>... rows) {
    return new ArrayList<>(Arrays.asList(rows));
  }

  /** A title, an empty row, the header, rows with a formula, a time, a bad value and a two-line note. */
  private static List<List<Object>> diaryRows() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("Name: Test Patient"));
    rows.add(null);
    rows.add(row("date", "severity", "bedtime", "wake_time", "notes"));
    rows.add(row(LocalDate.of(2026, 1, 5), 6.0, LocalTime.of(22, 30), LocalTime.of(6, 45), "legs bad,\nup twice"));
    rows.add(row(LocalDate.of(2026, 1, 6), new Formula("2+3", 5), LocalTime.of(23, 0), null, "fine"));
    rows.add(null);
    rows.add(row(LocalDate.of(2026, 1, 7), 14.0, null, null, "too severe"));
    rows.add(row("08.01.2026", 2.0, null, null, "a text date"));
    return rows;
  }

  private static void assertDiaryRowsRead(ImportResult result, String format) {
    assertThat(result.report().format()).isEqualTo(format);
    assertThat(result.report().dataRows()).isEqualTo(4);
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(7, 8);
    assertThat(result.report().rejected().get(0).reason()).contains("severity").contains("14");
    assertThat(result.report().rejected().get(1).reason()).contains("bad date \"08.01.2026\"");
    assertThat(result.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
    DiaryEntry first = result.diary().entries().get(0);
    assertThat(first.line()).isEqualTo(4);
    assertThat(first.severity()).isEqualTo(6);
    assertThat(first.bedtime()).isEqualTo(LocalTime.of(22, 30));
    assertThat(first.wakeTime()).isEqualTo(LocalTime.of(6, 45));
    assertThat(first.notes()).isEqualTo("legs bad,\nup twice");
    assertThat(result.diary().entries().get(1).severity()).isEqualTo(5);
    assertThat(result.diary().entries().get(1).line()).isEqualTo(5);
    assertThat(result.report().warnings()).contains("Read the sheet \"Diary\".");
  }

  @Test
  void xlsxDiaryIsReadWithSheetRowNumbersFormulaResultsAndTimes() throws Exception {
    Path file = dir.resolve("diary.xlsx");
    Workbooks.writeXlsx(file, false, new SheetData("Diary", diaryRows()));
    assertDiaryRowsRead(importer.importFile(file), "xlsx");
  }

  @Test
  void odsDiaryIsReadTheSameWay() throws Exception {
    Path file = dir.resolve("diary.ods");
    Workbooks.writeOds(file, new SheetData("Diary", diaryRows()));
    assertDiaryRowsRead(importer.importFile(file), "ods");
  }

  @Test
  void workbookGivenAsAStreamIsReadToo() throws Exception {
    Path file = dir.resolve("diary.xlsx");
    Workbooks.writeXlsx(file, false, new SheetData("Diary", diaryRows()));
    try (var in = Files.newInputStream(file)) {
      assertDiaryRowsRead(importer.importStream(in, "diary.xlsx"), "xlsx");
    }
  }

  @Test
  void the1904DateSystemOfOlderMacWorkbooksGivesTheSameDays() throws Exception {
    Path file = dir.resolve("mac.xlsx");
    Workbooks.writeXlsx(file, true, new SheetData("Diary", diaryRows()));
    ImportResult result = importer.importFile(file);
    assertThat(result.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
    assertThat(result.report().warnings()).anyMatch(w -> w.contains("1904"));
  }

  @Test
  void serialDatesOfBothSystemsAndDayFractions() {
    assertThat(SheetValues.serial("46027", SheetValues.Kind.DATE, false)).isEqualTo("2026-01-05");
    assertThat(SheetValues.serial("44565", SheetValues.Kind.DATE, true)).isEqualTo("2026-01-05");
    assertThat(SheetValues.serial("1", SheetValues.Kind.DATE, false)).isEqualTo("1900-01-01");
    assertThat(SheetValues.serial("61", SheetValues.Kind.DATE, false)).isEqualTo("1900-03-01");
    assertThat(SheetValues.serial("60", SheetValues.Kind.DATE, false)).isEqualTo("1900-02-29");
    assertThat(SheetValues.serial("0.9375", SheetValues.Kind.TIME, false)).isEqualTo("22:30");
    assertThat(SheetValues.serial("46027.28125", SheetValues.Kind.DATE_TIME, false)).isEqualTo("2026-01-05 06:45");
    assertThat(SheetValues.serial("46027.5", SheetValues.Kind.DATE, false)).isEqualTo("2026-01-05 12:00");
    assertThat(SheetValues.serial("1.5", SheetValues.Kind.DURATION, false)).isEqualTo("36:00");
    assertThat(SheetValues.number("0.30000000000000004")).isEqualTo("0.3");
    assertThat(SheetValues.number("140.0")).isEqualTo("140");
    assertThat(SheetValues.kindOfFormat("dd/mm/yyyy")).isEqualTo(SheetValues.Kind.DATE);
    assertThat(SheetValues.kindOfFormat("[$-F400]h:mm:ss\\ AM/PM")).isEqualTo(SheetValues.Kind.TIME);
    assertThat(SheetValues.kindOfFormat("[h]:mm")).isEqualTo(SheetValues.Kind.DURATION);
    assertThat(SheetValues.kindOfFormat("0.0\" mg\"")).isEqualTo(SheetValues.Kind.NUMBER);
    assertThat(SheetValues.kindOfFormat("[Red]0.00")).isEqualTo(SheetValues.Kind.NUMBER);
    assertThat(SheetValues.kindOfFormat("yyyy-mm-dd hh:mm")).isEqualTo(SheetValues.Kind.DATE_TIME);
    assertThat(SheetValues.kindOfBuiltIn(14)).isEqualTo(SheetValues.Kind.DATE);
    assertThat(SheetValues.kindOfBuiltIn(20)).isEqualTo(SheetValues.Kind.TIME);
    assertThat(SheetValues.isoDateValue("2026-01-05T00:00:00")).isEqualTo("2026-01-05");
    assertThat(SheetValues.durationValue("PT22H30M00S")).isEqualTo("22:30");
  }

  /** A two-row header: "Legs" over severity and minutes, "Date" and "Notes" merged down both rows. */
  private static SheetData mergedHeader(String name) {
    List<List<Object>> rows = rows(row("Date", "Legs", null, "Notes"),
        row(null, "severity", "symptom_minutes", null),
        row(LocalDate.of(2026, 2, 1), 4.0, 30.0, "evening walk helped"));
    return new SheetData(name, rows, List.of(new Merge(0, 1, 0, 0), new Merge(0, 0, 1, 2), new Merge(0, 1, 3, 3)));
  }

  @Test
  void mergedHeaderCellsAreReadInXlsxAndOds() throws Exception {
    Path xlsx = dir.resolve("merged.xlsx");
    Workbooks.writeXlsx(xlsx, false, mergedHeader("Tagebuch"));
    Path ods = dir.resolve("merged.ods");
    Workbooks.writeOds(ods, mergedHeader("Tagebuch"));
    for (Path file : List.of(xlsx, ods)) {
      ImportResult result = importer.importFile(file);
      assertThat(result.report().rejected()).as(file.toString()).isEmpty();
      DiaryEntry night = result.diary().entries().get(0);
      assertThat(night.date()).isEqualTo(LocalDate.of(2026, 2, 1));
      assertThat(night.severity()).isEqualTo(4);
      assertThat(night.symptomMinutes()).isEqualTo(30);
      assertThat(night.notes()).isEqualTo("evening walk helped");
      assertThat(night.line()).isEqualTo(3);
    }
  }

  private static SheetData notes() {
    return new SheetData("Instructions", List.of(row("Fill in one row a night"), row("Thank you")));
  }

  @Test
  void theFirstSheetThatLooksLikeADiaryIsReadAndAnotherCanBeChosen() throws Exception {
    List<List<Object>> second = rows(row("date", "severity"),
        row(LocalDate.of(2026, 3, 1), 1.0));
    Path file = dir.resolve("three.xlsx");
    Workbooks.writeXlsx(file, false, notes(), new SheetData("Diary", diaryRows()), new SheetData("March", second));

    ImportResult byDefault = importer.importFile(file);
    assertThat(byDefault.diary().entries()).hasSize(2);
    assertThat(byDefault.report().warnings()).contains("Read the sheet \"Diary\" (sheet 2 of 3: \"Instructions\","
        + " \"Diary\", \"March\"; another can be chosen, on the command line with --sheet).");
    assertThat(importer.sheetNames(file, ImportOptions.defaults())).containsExactly("Instructions", "Diary", "March");

    ImportResult byName = importer.importFile(file, ImportOptions.defaults().withSheet("march"));
    assertThat(byName.diary().entries()).extracting(DiaryEntry::date).containsExactly(LocalDate.of(2026, 3, 1));
    ImportResult byNumber = importer.importFile(file, ImportOptions.defaults().withSheet("3"));
    assertThat(byNumber.diary()).isEqualTo(byName.diary());

    assertThatThrownBy(() -> importer.importFile(file, ImportOptions.defaults().withSheet("April")))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"three.xlsx\" has no sheet \"April\"; its sheets are \"Instructions\", \"Diary\", \"March\""
            + " (give a name or a number from 1 to 3).");
    assertThatThrownBy(() -> importer.importFile(file, ImportOptions.defaults().withSheet("1")))
        .isInstanceOf(UnknownLayoutException.class);
  }

  @Test
  void aSheetWithoutADateColumnOffersItsColumnsForMapping() throws Exception {
    List<List<Object>> rows = rows(row("Tag", "Beine"),
        row(LocalDate.of(2026, 1, 5), 3.0));
    Path file = dir.resolve("unknown.ods");
    Workbooks.writeOds(file, new SheetData("Tabelle1", rows));
    assertThatThrownBy(() -> importer.importFile(file))
        .isInstanceOfSatisfying(UnknownLayoutException.class,
            e -> assertThat(e.headers()).containsExactly("Tag", "Beine"));
    FilePreview preview = importer.preview(file, ImportOptions.defaults(), 5);
    assertThat(preview.headers()).containsExactly("Tag", "Beine");
    assertThat(preview.rows()).containsExactly(List.of("2026-01-05", "3"));
  }

  @Test
  void macroWorkbooksAreReadWithoutRunningTheMacros() throws Exception {
    Path plain = dir.resolve("plain.xlsx");
    Workbooks.writeXlsx(plain, false, new SheetData("Diary", diaryRows()));
    Path macros = dir.resolve("macros.xlsm");
    ZipTestFiles.copyWithExtra(plain, macros, Map.of("xl/vbaProject.bin", new byte[] {1, 2, 3}));
    ImportResult result = importer.importFile(macros);
    assertThat(result.diary().entries()).hasSize(2);
    assertThat(result.report().warnings()).contains(
        "The workbook contains macros; they were not run, only the values stored in its cells were read.");

    Path ods = dir.resolve("macros.ods");
    Workbooks.writeOds(ods, Workbooks.contentXml(new SheetData("Diary", diaryRows())),
        Map.of("Basic/Standard/Module1.xml", "<module/>"));
    assertThat(importer.importFile(ods).report().warnings()).contains(
        "The workbook contains macros; they were not run, only the values stored in its cells were read.");
  }

  @Test
  void passwordProtectedWorkbooksGetOneClearMessage() throws Exception {
    byte[] compound = new byte[2048];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, compound, 0, magic.length);
    byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, compound, 1024, name.length);
    Path file = dir.resolve("locked.bin");
    Files.write(file, compound);
    String message = " cannot be read: it is a password-protected workbook. Open it in the spreadsheet program,"
        + " save a copy without the password, and import that copy.";
    assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(NotADiaryException.class)
        .hasMessage("\"locked.bin\"" + message);

    Path ods = dir.resolve("locked.ods");
    Workbooks.writeOds(ods, Workbooks.contentXml(new SheetData("Diary", diaryRows())),
        Map.of("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
            + "manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
            + "</manifest:file-entry></manifest:manifest>"));
    assertThatThrownBy(() -> importer.importFile(ods)).isInstanceOf(NotADiaryException.class)
        .hasMessage("\"locked.ods\"" + message);

    Path oldExcel = dir.resolve("old.xls");
    Arrays.fill(compound, 1024, 1024 + name.length, (byte) 0);
    Files.write(oldExcel, compound);
    assertThatThrownBy(() -> importer.importFile(oldExcel)).isInstanceOf(NotADiaryException.class)
        .hasMessageContaining("an old Office document");
  }

  @Test
  void anXmlBombInContentXmlIsRefusedUnexpanded() throws Exception {
    String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:spreadsheet>"
        + "<table:table table:name=\"&lol3;\"/></office:spreadsheet></office:body></office:document-content>";
    Path file = dir.resolve("bomb.ods");
    Workbooks.writeOds(file, bomb, Map.of());
    assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(NotADiaryException.class)
        .hasMessage("\"bomb.ods\" is not a diary: it holds an XML document type declaration in content.xml, which"
            + " no spreadsheet needs (it is how an \"XML bomb\" starts), so it was not read.");
  }

  @Test
  void aHugeSheetIsReadAsAStreamWithinTheSizeLimit() throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("date", "severity", "notes"));
    LocalDate day = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < 5_000; i++) {
      rows.add(row(day.plusDays(i), (double) (i % 11), "night " + i));
    }
    Path file = dir.resolve("long.ods");
    Workbooks.writeOds(file, new SheetData("Diary", rows));
    ImportResult result = importer.importFile(file);
    assertThat(result.report().imported()).isEqualTo(5_000);
    assertThat(result.diary().entries().get(4_999).line()).isEqualTo(5_001);

    assertThatThrownBy(() -> importer.importFile(file, ImportOptions.defaults().withMaxBytes(1024 * 1024)))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"long.ods\" is not a diary: it unpacks to more than 1 MB, far more than any diary"
            + " (it may be a \"zip bomb\"), so it was not read further.");
  }

  @Test
  void dateTimeCellsInTheDateColumnAreDatesAtMidnightOnly() throws Exception {
    List<List<Object>> rows = rows(row("date", "severity"),
        row(LocalDateTime.of(2026, 1, 5, 0, 0), 3.0),
        row(LocalDateTime.of(2026, 1, 6, 21, 15), 3.0));
    Path file = dir.resolve("datetimes.xlsx");
    Workbooks.writeXlsx(file, false, new SheetData("Diary", rows));
    ImportResult result = importer.importFile(file);
    assertThat(result.diary().entries()).extracting(DiaryEntry::date).containsExactly(LocalDate.of(2026, 1, 5));
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(3);
  }

}
