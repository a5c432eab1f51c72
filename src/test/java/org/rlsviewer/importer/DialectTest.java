package org.rlsviewer.importer;

import org.rlsviewer.domain.DayMonthOrder;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;

/** Separators, encodings, date and time styles and yes/no spellings that spreadsheets write. */
class DialectTest {

  private final DiaryImporter importer = new DiaryImporter();

  /** Imports {@code csv} and checks the nights' dates, in order. */
  private void assertNights(String csv, LocalDate... dates) throws Exception {
    assertThat(importText(csv).diary().entries()).extracting(DiaryEntry::date).containsExactly(dates);
  }

  private ImportResult importText(String csv) throws Exception {
    return importBytes(csv.getBytes(UTF_8), ImportOptions.defaults());
  }

  private ImportResult importBytes(byte[] bytes, ImportOptions options) throws Exception {
    return importer.importStream(new ByteArrayInputStream(bytes), "test.csv", options);
  }

  @ParameterizedTest(name = "separator {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      ;
      '\t'
      ,
      """)
  void semicolonsTabsAndCommasSeparateCells(String separator) throws Exception {
    String csv = String.join(separator, "date", "severity", "alcohol_units", "notes") + "\n"
        + String.join(separator, "2026-01-05", "4", "\"1,5\"", "\"walked; then slept, finally\"") + "\n";

    DiaryEntry e = importText(csv).diary().entries().get(0);

    assertThat(e.severity()).isEqualTo(4);
    assertThat(e.alcoholUnits()).isEqualTo(1.5);
    assertThat(e.notes()).isEqualTo("walked; then slept, finally");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      date;notes, comments|2
      date,notes; comments|2
      Datum, Tag;date;notes|3
      """)
  void theSeparatorThatGivesADateColumnWinsATie(String header, int columns) throws Exception {
    ImportResult result = importText(header + "\n");

    assertThat(result.diary().entries()).isEmpty();
    assertThat(Delimiter.of(header)).isEqualTo(header.contains("date;") ? ';' : ',');
    assertThat(CsvCells.split(header, Delimiter.of(header))).hasSize(columns);
  }

  @Test
  void semicolonFileReadsMetadataLinesWithTrailingSeparators() throws Exception {
    ImportResult result = importText("# name: Ana Núñez;;;\n\"# patient_id: A;7\";;\ndate;severity\n05.01.2026;3\n");

    assertThat(result.diary().patient().name()).isEqualTo("Ana Núñez");
    assertThat(result.diary().patient().id()).isEqualTo("A;7");
    assertThat(result.diary().entries()).extracting(DiaryEntry::date).containsExactly(LocalDate.of(2026, 1, 5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      UTF-16LE, FFFE
      UTF-16BE, FEFF
      """)
  void utf16WithAByteOrderMarkIsText(String charset, String mark) throws Exception {
    byte[] body = "date,notes\n2026-01-05,Müdigkeit – ☕\n".getBytes(Charset.forName(charset));
    byte[] bom = java.util.HexFormat.of().parseHex(mark);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    ImportResult result = importBytes(bytes, ImportOptions.defaults());

    assertThat(result.diary().entries().get(0).notes()).isEqualTo("Müdigkeit – ☕");
    assertThat(result.report().warnings()).isEmpty();
  }

  @Test
  void windows1252IsTheFallbackAndKeepsItsLetters() throws Exception {
    byte[] bytes = "date;notes\n05.01.2026;Größe 5 € – Übelkeit\n".getBytes(TextEncoding.WINDOWS_1252);

    ImportResult result = importBytes(bytes, ImportOptions.defaults());

    assertThat(result.diary().entries().get(0).notes()).isEqualTo("Größe 5 € – Übelkeit");
    assertThat(result.report().warnings()).singleElement().asString().contains("Windows-1252");
  }

  @Test
  void aUtf8FileWithWindows1252LinesAppendedShowsBothRight() throws Exception {
    StringBuilder csv = new StringBuilder("date,notes\n");
    for (int i = 0; i < 3000; i++) {
      csv.append(LocalDate.of(2010, 1, 1).plusDays(i)).append(",Schlafstörung Nummer ").append(i).append('\n');
    }
    byte[] utf8 = csv.toString().getBytes(UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 20);
    byte[] tail = "2018-12-01,caf\u00e9\n".getBytes(TextEncoding.WINDOWS_1252);
    System.arraycopy(tail, 0, bytes, utf8.length, tail.length);
    bytes = java.util.Arrays.copyOf(bytes, utf8.length + tail.length);

    ImportResult result = importBytes(bytes, ImportOptions.defaults());

    assertThat(result.report().warnings()).anyMatch(w -> w.contains("Windows-1252"));
    assertThat(result.diary().entries()).hasSize(3001);
    assertThat(result.diary().entries().get(3000).notes()).isEqualTo("café");
    assertThat(result.diary().entries().get(5).notes()).as("no mojibake in the UTF-8 lines")
        .isEqualTo("Schlafstörung Nummer 5");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-01-05|2026-01-05
      2026/01/05|2026-01-05
      05.01.2026|2026-01-05
      5.1.2026|2026-01-05
      22nd Sep 2020|2020-09-22
      1st Feb 2021|2021-02-01
      5 January 2026|2026-01-05
      Sep 22, 2020|2020-09-22
      17. Februar 2026|2026-02-17
      05.01.2026 00:00|2026-01-05
      2026-01-05 00:00:00|2026-01-05
      """)
  void datesInAnyUnambiguousStyleAreRead(String written, String expected) throws Exception {
    ImportResult result = importText("date,severity\n\"" + written + "\",3\n");

    assertThat(result.diary().entries()).extracting(DiaryEntry::date).containsExactly(LocalDate.parse(expected));
  }

  @Test
  void aDateWithATimeOtherThanMidnightIsABadDate() throws Exception {
    ImportResult result = importText("date,severity\n2026-01-05 02:30,3\n2026-01-06,2\n");

    assertThat(result.report().rejected()).singleElement().satisfies(r ->
        assertThat(r.reason()).isEqualTo("bad date \"2026-01-05 02:30\" (expected yyyy-MM-dd)"));
  }

  @Test
  void aDateWithoutAYearTakesItFromTheYearColumn() throws Exception {
    assertNights("year,date,severity\n2020,30 May,3\n2021,1 June,2\n",
        LocalDate.of(2020, 5, 30), LocalDate.of(2021, 6, 1));
  }

  @Test
  void slashedDatesAreSettledByADayAbove12() throws Exception {
    assertNights("date,severity\n05/01/2026,3\n25/01/2026,4\n",
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 25));
  }

  @Test
  void slashedDatesAreSettledByAMonthFirstValue() throws Exception {
    assertNights("date,severity\n05/01/2026,3\n01/25/2026,4\n",
        LocalDate.of(2026, 1, 25), LocalDate.of(2026, 5, 1));
  }

  @Test
  void unsettledSlashedDatesAreAskedNeverGuessed() throws Exception {
    String csv = "date,severity\n05/01/2026,3\n06/01/2026,4\n";

    assertThatThrownBy(() -> importText(csv))
        .isInstanceOfSatisfying(AmbiguousDayMonthOrderException.class, e -> {
          assertThat(e.examples()).containsExactly("05/01/2026", "06/01/2026");
          assertThat(e.sourceName()).isEqualTo("test.csv");
        })
        .hasMessageContaining("05/01/2026").hasMessageContaining("day/month or month/day");

    ImportResult dayFirst = importBytes(csv.getBytes(UTF_8), ImportOptions.defaults()
        .withDayMonthOrder(DayMonthOrder.DAY_FIRST));
    ImportResult monthFirst = importBytes(csv.getBytes(UTF_8), ImportOptions.defaults()
        .withDayMonthOrder(DayMonthOrder.MONTH_FIRST));
    assertThat(dayFirst.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
    assertThat(monthFirst.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
  }

  @Test
  void datesThatDisagreeUseTheMajorityAndListTheOthers() throws Exception {
    ImportResult result = importText("date,severity\n25/01/2026,3\n26/01/2026,4\n01/27/2026,5\n");

    assertThat(result.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 26));
    assertThat(result.report().rejected()).singleElement().satisfies(r ->
        assertThat(r.reason()).isEqualTo("bad date \"01/27/2026\" (expected dd/MM/yyyy)"));
    assertThat(result.report().warnings()).anyMatch(w -> w.startsWith("The dates disagree"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      22:30|22:30
      6:50 pm|18:50
      6:50 PM|18:50
      12:46 am|00:46
      12:05 pm|12:05
      7 am|07:00
      11:15 p.m.|23:15
      """)
  void twelveAndTwentyFourHourTimesMixInOneFile(String written, String expected) throws Exception {
    ImportResult result = importText("date,bedtime,wake_time\n2026-01-05," + written + ",7:00\n");

    assertThat(result.diary().entries().get(0).bedtime()).isEqualTo(LocalTime.parse(expected));
  }

  @Test
  void filesOverTheSizeLimitAreRefusedBeforeParsing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.csv");
    Files.writeString(file, "date,notes\n" + "2026-01-05,x\n".repeat(100_000));
    ImportOptions oneMb = ImportOptions.defaults().withMaxBytes(1024 * 1024);

    assertThatThrownBy(() -> importer.importFile(file, oneMb))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"big.csv\" is not a diary: it is larger than 1 MB, far more than any diary.");
    assertThatThrownBy(() -> importer.importStream(Files.newInputStream(file), "big.csv", oneMb))
        .isInstanceOf(NotADiaryException.class).hasMessageContaining("larger than 1 MB");
    assertThat(ImportOptions.defaults().maxBytes()).isEqualTo(200L * 1024 * 1024);
  }

  @Test
  void progressCountsBytesUpToTheFileSize(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("date,notes\n");
    // a plausible diary (1990 to now, docs/diary-format.md) of over a megabyte
    for (int i = 0; i < 12_000; i++) {
      csv.append(LocalDate.of(1990, 1, 1).plusDays(i)).append(",night ").append(i).append(" ".repeat(80)).append('\n');
    }
    Path file = dir.resolve("long.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    List<Long> seen = new ArrayList<>();

    ImportResult result = importer.importFile(file, ImportOptions.defaults().withProgress(seen::add));

    assertThat(result.report().imported()).isEqualTo(12_000);
    assertThat(seen).hasSizeGreaterThan(2).isSorted();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(Files.size(file));
  }
}
