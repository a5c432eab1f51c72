package org.rlsviewer.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

class DiaryImporterTest {

  private final DiaryImporter importer = new DiaryImporter();

  static ImportResult importText(String csv) throws Exception {
    return importBytes(csv.getBytes(UTF_8));
  }

  /** The bytes imported as a file named "test.csv" (CsvSyntaxTest reads its cases this way too). */
  static ImportResult importBytes(byte[] bytes) throws Exception {
    return new DiaryImporter().importStream(new ByteArrayInputStream(bytes), "test.csv");
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(DiaryImporterTest.class.getResource(name).toURI());
  }

  @Test
  void acceptanceFileWithBomCrlfAndQuotedNewlineRejectsExactlyTheTwoBadRows() throws Exception {
    ImportResult result = importer.importFile(fixture("acceptance-bom-crlf.csv"));

    ImportReport report = result.report();
    assertThat(report.sourceName()).isEqualTo("acceptance-bom-crlf.csv");
    assertThat(report.dataRows()).isEqualTo(6);
    assertThat(report.imported()).isEqualTo(4);
    assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(10, 11);
    assertThat(report.rejected()).extracting(RejectedRow::reason).containsExactly(
        "bad date \"2026-02-30\" (expected yyyy-MM-dd)",
        "severity 14 out of range 0-10");
    assertThat(report.rejected().get(0).rawText()).isEqualTo("2026-02-30,5,22:00,23:00,1,3,typo in the date");
    assertThat(report.warnings()).isEmpty();

    List<DiaryEntry> entries = result.diary().entries();
    assertThat(entries).extracting(DiaryEntry::date).containsExactly(
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 9));
    assertThat(entries).extracting(DiaryEntry::line).containsExactly(7, 8, 12, 13);
    assertThat(entries.get(0).notes()).isEqualTo("Legs crawling, walked 10 min");
    assertThat(entries.get(1).notes()).isEqualTo("Bad night.\nWalked the hall twice, said \"never again\"");
    assertThat(entries.get(3).notes()).isEqualTo("Café with dinner");
    assertThat(result.diary().patient().displayName()).isEqualTo("Jane Doe (P-0042)");
    assertThat(result.diary().metadata()).containsEntry("exported_at", "2026-01-12T08:30");
  }

  @Test
  void everyColumnIsParsed() throws Exception {
    String csv = """
        date,severity,symptom_start,symptom_minutes,relief,bedtime,sleep_latency_min,awakenings,wake_time,\
        sleep_quality,caffeine_mg,last_caffeine,alcohol_units,exercise_min,magnesium_mg,magnesium_form,\
        medications,supplements,snoring,breathing_pauses,side_effects,notes
        2026-01-05,7,21:15,90,walking,23:30,45,3,6:45,2,200,15:00,1.5,30,300,glycinate,\
        pramipexole 0.125 mg,iron,yes,no,nausea,legs crawled
        """;
    DiaryEntry e = importText(csv).diary().entries().get(0);

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.date()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(e.severity()).isEqualTo(7);
    assertThat(e.symptomStart()).isEqualTo(LocalTime.of(21, 15));
    assertThat(e.symptomMinutes()).isEqualTo(90);
    assertThat(e.relief()).isEqualTo("walking");
    assertThat(e.bedtime()).isEqualTo(LocalTime.of(23, 30));
    assertThat(e.sleepLatencyMin()).isEqualTo(45);
    assertThat(e.awakenings()).isEqualTo(3);
    assertThat(e.wakeTime()).isEqualTo(LocalTime.of(6, 45));
    assertThat(e.sleepQuality()).isEqualTo(2);
    assertThat(e.caffeineMg()).isEqualTo(200);
    assertThat(e.lastCaffeine()).isEqualTo(LocalTime.of(15, 0));
    assertThat(e.alcoholUnits()).isEqualTo(1.5);
    assertThat(e.exerciseMin()).isEqualTo(30);
    assertThat(e.magnesiumMg()).isEqualTo(300);
    assertThat(e.magnesiumForm()).isEqualTo("glycinate");
    assertThat(e.medications()).isEqualTo("pramipexole 0.125 mg");
    assertThat(e.supplements()).isEqualTo("iron");
    assertThat(e.snoring()).isTrue();
    assertThat(e.breathingPauses()).isFalse();
    assertThat(e.sideEffects()).isEqualTo("nausea");
    assertThat(e.notes()).isEqualTo("legs crawled");
    assertThat(e.extras()).isEmpty();
  }

  @Test
  void theExampleInTheFormatSpecImportsCleanly() throws Exception {
    String spec = Files.readString(Path.of("docs/diary-format.md"));
    int start = spec.indexOf("```csv\n") + "```csv\n".length();
    String example = spec.substring(start, spec.indexOf("```", start));

    ImportResult result = importText(example);

    assertThat(result.report().rejected()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
    assertThat(result.diary().entries()).hasSize(3);
    assertThat(result.diary().patient().birthDate()).contains(LocalDate.of(1961, 4, 17));
    assertThat(result.diary().entries().get(2).notes()).isEqualTo("Slept well.\nHusband says I snored.");
  }

  @Test
  void leapDayIsADate() throws Exception {
    assertThat(importText("date\n2024-02-29\n").diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2024, 2, 29));
  }

  @Test
  void blankCellsAreNotRecorded() throws Exception {
    String csv = """
        date,severity,bedtime,caffeine_mg,alcohol_units,snoring,notes
        2026-01-05, , ,,,,
        """;
    DiaryEntry e = importText(csv).diary().entries().get(0);

    assertThat(e.severity()).isNull();
    assertThat(e.bedtime()).isNull();
    assertThat(e.caffeineMg()).isNull();
    assertThat(e.alcoholUnits()).isNull();
    assertThat(e.snoring()).isNull();
    assertThat(e.notes()).isEmpty();
  }

  @ParameterizedTest(name = "header \"{0}\" names sleep_latency_min")
  @CsvSource(delimiter = '|', textBlock = """
      sleep_latency_min
      Sleep Latency Min
      SLEEP-LATENCY-MIN
      sleep latency_min
      '  Sleep  latency - min  '
      """)
  void headersMatchIgnoringCaseSpacesHyphensAndUnderscores(String header) throws Exception {
    ImportResult result = importText("Date ," + header + "\n2026-01-05,25\n");

    assertThat(result.diary().entries().get(0).sleepLatencyMin()).isEqualTo(25);
    assertThat(result.diary().extraColumns()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      date,severity|2026-02-30,3|bad date "2026-02-30" (expected yyyy-MM-dd)
      date,severity|2025-02-29,3|bad date "2025-02-29" (expected yyyy-MM-dd)
      date,severity|2026-1-5,3|bad date "2026-1-5" (expected yyyy-MM-dd)
      date,severity|05.13.2026,3|bad date "05.13.2026" (expected dd.MM.yyyy)
      date,severity|,3|missing date
      date,severity|2026-01-05,14|severity 14 out of range 0-10
      date,severity|2026-01-05,-1|severity -1 out of range 0-10
      date,severity|2026-01-05,7.5|severity "7.5" is not a whole number
      date,sleep_quality|2026-01-05,0|sleep_quality 0 out of range 1-5
      date,sleep_quality|2026-01-05,6|sleep_quality 6 out of range 1-5
      date,awakenings|2026-01-05,two|awakenings "two" is not a whole number
      date,caffeine_mg|2026-01-05,-5|caffeine_mg -5 out of range 0 or more
      date,magnesium_mg|2026-01-05,99999999999|magnesium_mg 99999999999 out of range 0-2147483647
      date,exercise_min|2026-01-05,1441|exercise_min 1441 out of range 0-1440
      date,alcohol_units|2026-01-05,lots|alcohol_units "lots" is not a number
      date,alcohol_units|2026-01-05,-1|alcohol_units -1 out of range 0 or more
      date,bedtime|2026-01-05,24:00|bedtime "24:00" is not a time of day (expected HH:mm, 00:00-23:59)
      date,Wake Time|2026-01-05,13:30 PM|Wake Time "13:30 PM" is not a time of day (expected HH:mm, 00:00-23:59)
      date,snoring|2026-01-05,maybe|snoring "maybe" is not yes or no
      date,severity|2026-01-05,3,extra|row has 3 fields, header has 2
      date,severity|date,severity|repeated header row
      date,severity,awakenings|2026-01-05,14,two|severity 14 out of range 0-10; awakenings "two" is not a whole number
      date,notes|2026-01-05,"ok" then more|misplaced quote in notes (a quoted cell must end with " right before the next comma)
      date,notes|2026-01-05,"never closed|unterminated quote in notes (a cell that starts with " needs a closing ")
      """)
  void badRowsAreRejectedWithAReasonNamingColumnAndValue(String header, String row, String reason)
      throws Exception {
    ImportResult result = importText("# a comment\n" + header + "\n" + row + "\n");

    assertThat(result.report().imported()).isZero();
    assertThat(result.report().rejected())
        .containsExactly(new RejectedRow(3, reason, row));
  }

  @Test
  void aFileWhereNoRowImportsSaysSo() throws Exception {
    ImportResult result = importText("date,mood\nApril 12,fine\nApril 13,tired\n");

    assertThat(result.report().rejected()).hasSize(2);
    assertThat(result.report().warnings()).contains("None of the 2 rows could be imported; check that the"
        + " file follows diary format v1 (dates written as yyyy-MM-dd).");
  }

  @Test
  void laterRowOfTheSameNightIsRejectedNamingTheFirstLine() throws Exception {
    String csv = """
        date,severity
        2026-01-05,3
        2026-01-06,4
        2026-01-05,5
        """;
    ImportResult result = importText(csv);

    assertThat(result.diary().entries()).extracting(DiaryEntry::severity).containsExactly(3, 4);
    assertThat(result.report().rejected())
        .containsExactly(new RejectedRow(4, "duplicate night 2026-01-05 (first on line 2)", "2026-01-05,5"));
  }

  @Test
  void withATimeColumnEveningAndMorningRowsMergeIntoOneNight() throws Exception {
    String csv = """
        date,time,severity,caffeine_mg,wake_time,notes
        2026-01-05,21:30,5,200,,legs crawling
        2026-01-06,07:15,,,07:00,slept badly
        2026-01-06,02:40,8,,,up walking at 2:40
        2026-01-06,21:00,2,100,,quiet evening
        2026-01-07,,3,,,
        2026-01-07,25:00,3,,,
        """;
    ImportResult result = importText(csv);

    assertThat(result.report().dataRows()).isEqualTo(6);
    assertThat(result.report().imported()).isEqualTo(5);
    assertThat(result.report().rejected()).containsExactly(new RejectedRow(7,
        "time \"25:00\" is not a time of day (expected HH:mm, 00:00-23:59)", "2026-01-07,25:00,3,,,"));
    assertThat(result.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7));
    DiaryEntry first = result.diary().entries().get(0);
    assertThat(first.severity()).isEqualTo(8);
    assertThat(first.caffeineMg()).isEqualTo(200);
    assertThat(first.wakeTime()).isEqualTo(LocalTime.of(7, 0));
    assertThat(first.notes()).as("the 07:15 morning report is about the night before")
        .isEqualTo("legs crawling\nup walking at 2:40\nslept badly");
    assertThat(result.diary().entries().get(1).notes()).isEqualTo("quiet evening");
    assertThat(result.diary().extraColumns()).isEmpty();
    assertThat(result.report().merged()).extracting(m -> m.lines()).containsExactly(List.of(2, 3, 4));
  }

  @Test
  void aRejectedRowDoesNotBlockALaterRowOfTheSameNight() throws Exception {
    ImportResult result = importText("date,severity\n2026-01-05,99\n2026-01-05,5\n");

    assertThat(result.diary().entries()).extracting(DiaryEntry::severity).containsExactly(5);
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      yes|true
      YES|true
      y|true
      True|true
      1|true
      no|false
      N|false
      false|false
      0|false
      ja|true
      J|true
      x|true
      X|true
      nein|false
      """)
  void yesNoAcceptsItsSpellings(String cell, boolean expected) throws Exception {
    DiaryEntry e = importText("date,snoring,breathing pauses\n2026-01-05," + cell + "," + cell + "\n")
        .diary().entries().get(0);

    assertThat(e.snoring()).isEqualTo(expected);
    assertThat(e.breathingPauses()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      7:05|07:05
      07:05|07:05
      0:00|00:00
      23:59|23:59
      22:30:00|22:30
      """)
  void timesAcceptOneOrTwoDigitHours(String cell, String expected) throws Exception {
    DiaryEntry e = importText("date,bedtime\n2026-01-05," + cell + "\n").diary().entries().get(0);

    assertThat(e.bedtime()).isEqualTo(LocalTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2|2.0
      1.5|1.5
      '"0,5"'|0.5
      .5|0.5
      """)
  void alcoholUnitsAcceptDecimals(String cell, double expected) throws Exception {
    DiaryEntry e = importText("date,alcohol_units\n2026-01-05," + cell + "\n").diary().entries().get(0);

    assertThat(e.alcoholUnits()).isEqualTo(expected);
  }

  @Test
  void fewerFieldsThanTheHeaderMeansTheTrailingCellsAreBlank() throws Exception {
    ImportResult result = importText("date,severity,bedtime,notes\n2026-01-05,4\n");

    DiaryEntry e = result.diary().entries().get(0);
    assertThat(e.severity()).isEqualTo(4);
    assertThat(e.bedtime()).isNull();
    assertThat(e.notes()).isEmpty();
  }

  @Test
  void extraTrailingEmptyFieldsAreIgnored() throws Exception {
    ImportResult result = importText("date,severity\n2026-01-05,4,,\n");

    assertThat(result.report().imported()).isEqualTo(1);
    assertThat(result.report().rejected()).isEmpty();
  }

  @Test
  void metadataLinesDescribeThePatientAndKeepUnknownKeys() throws Exception {
    String csv = """
        # RLS diary export
        # Patient ID: P-0042
        # name: Jane Doe
        # birth_date: 1961-04-17
        # sex: F
        # source: paper diary typed by daughter
        # ward: 3B
        "# note: typed on Sunday, checked twice",,,
        date,severity
        2026-01-05,3
        """;
    ImportResult result = importText(csv);

    var patient = result.diary().patient();
    assertThat(patient.id()).isEqualTo("P-0042");
    assertThat(patient.name()).isEqualTo("Jane Doe");
    assertThat(patient.birthDate()).contains(LocalDate.of(1961, 4, 17));
    assertThat(patient.sex()).isEqualTo("F");
    assertThat(result.diary().metadata())
        .containsEntry("source", "paper diary typed by daughter")
        .containsEntry("ward", "3B")
        .containsEntry("note", "typed on Sunday, checked twice")
        .doesNotContainKey("rls_diary_export");
    assertThat(result.diary().entries().get(0).line()).isEqualTo(10);
    assertThat(result.report().warnings()).isEmpty();
  }

  @Test
  void unreadableBirthDateIsAWarningAndLeftEmpty() throws Exception {
    ImportResult result = importText("# birth_date: 17/04/1961\ndate\n2026-01-05\n");

    assertThat(result.diary().patient().birthDate()).isEqualTo(Optional.empty());
    assertThat(result.report().warnings()).containsExactly(
        "birth_date \"17/04/1961\" in the # lines is not a date (expected yyyy-MM-dd); the birth date was left empty.");
  }

  @Test
  void unknownColumnsAreKeptInFileOrderAndListed() throws Exception {
    String csv = """
        Mood ,date,severity,Pain Level,,notes
        good,2026-01-05,3,2,,ok
        bad,2026-01-06,5,,kept too,
        """;
    ImportResult result = importText(csv);

    assertThat(result.diary().extraColumns()).containsExactly("Mood", "Pain Level", "column 5");
    List<DiaryEntry> entries = result.diary().entries();
    assertThat(entries.get(0).extras()).containsExactly(
        java.util.Map.entry("Mood", "good"), java.util.Map.entry("Pain Level", "2"));
    assertThat(entries.get(1).extras()).containsExactly(
        java.util.Map.entry("Mood", "bad"), java.util.Map.entry("Pain Level", ""),
        java.util.Map.entry("column 5", "kept too"));
    assertThat(result.report().warnings()).containsExactly(
        "Kept 3 columns the program does not know as extra data: \"Mood\", \"Pain Level\", \"column 5\".");
  }

  @Test
  void aRepeatedColumnIsKeptAsExtraData() throws Exception {
    ImportResult result = importText("date,severity,Severity\n2026-01-05,3,4\n");

    DiaryEntry e = result.diary().entries().get(0);
    assertThat(e.severity()).isEqualTo(3);
    assertThat(e.extras()).containsEntry("Severity", "4");
    assertThat(result.report().warnings()).first().asString()
        .contains("\"Severity\" (column 3) repeats \"severity\" (column 2)");
  }

  @Test
  void emptyFileIsNotADiary() {
    assertThatThrownBy(() -> importBytes(new byte[0]))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"test.csv\" is not a diary: the file is empty.");
    assertThatThrownBy(() -> importText(" \r\n\n\t\n"))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"test.csv\" is not a diary: the file is empty.");
  }

  @Test
  void fileOfOnlyHashLinesIsNotADiary() {
    assertThatThrownBy(() -> importText("# name: Jane\n# just a comment\n\n"))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"test.csv\" is not a diary: it has only # lines and no header row"
            + " (a diary needs a header row with a \"date\" column).");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      89504E470D0A1A0A0000000D49484452|it is a PNG image, not a CSV text file.
      FFD8FFE000104A464946|it is a JPEG image, not a CSV text file.
      255044462D312E370A|it is a PDF document, not a CSV text file.
      504B0304140006000800|it is a damaged zip archive.
      640061007400650000|it is binary data (it contains NUL bytes), not a CSV text file.
      646174650A0000|it is binary data (it contains NUL bytes), not a CSV text file.
      """)
  void binaryFilesAreNotADiary(String hex, String reason) {
    assertThatThrownBy(() -> importBytes(java.util.HexFormat.of().parseHex(hex)))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"test.csv\" is not a diary: " + reason);
  }

  @Test
  void csvWithoutDateColumnIsNotADiaryAndSaysWhatItFound() {
    assertThatThrownBy(() -> importText("day,severity,notes\n2026-01-05,3,x\n"))
        .isInstanceOfSatisfying(UnknownLayoutException.class,
            e -> assertThat(e.headers()).containsExactly("day", "severity", "notes"))
        .hasMessage("\"test.csv\" is not a diary: its header row has no \"date\" column"
            + " (found \"day\", \"severity\", \"notes\").");
  }

  @Test
  void manyColumnsAreShortenedInTheMessage() {
    String header = "a,b,c,d,e,f,g,a very long column name that goes on and on,i,j,k\n";

    assertThatThrownBy(() -> importText(header))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"test.csv\" is not a diary: its header row has no \"date\" column (found \"a\", \"b\","
            + " \"c\", \"d\", \"e\", \"f\", \"g\", \"a very long column name that g...\" and 3 more).");
  }

  @Test
  void importFileUsesTheFileName(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path png = dir.resolve("scan.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    assertThatThrownBy(() -> importer.importFile(png))
        .isInstanceOf(NotADiaryException.class)
        .hasMessageStartingWith("\"scan.png\" is not a diary: it is a PNG image");
  }
}
