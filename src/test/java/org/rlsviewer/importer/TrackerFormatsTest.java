package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

/** The synthetic tracker exports in formats/ open as nights, every record accounted for. */
class TrackerFormatsTest {

  private final DiaryImporter importer = new DiaryImporter();

  private ImportResult importFixture(String name) throws Exception {
    return importer.importFile(FormatSamplesTest.fixture(name));
  }

  /** Imports a fixture and checks its format and that every data record was imported or rejected. */
  private ImportResult importFixture(String name, String format, int dataRecords, int rejected) throws Exception {
    ImportResult result = importFixture(name);
    assertThat(result.report().format()).isEqualTo(format);
    balances(result, dataRecords, rejected);
    return result;
  }

  private ImportResult importText(String text, String fileName) throws Exception {
    return importer.importStream(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName);
  }

  /** As above, the rejected records being those on {@code lines} in order, the first's reason with these words. */
  private ImportResult importFixture(String name, String format, int dataRecords, List<Integer> lines,
      String... firstReasonWords) throws Exception {
    ImportResult result = importFixture(name, format, dataRecords, lines.size());
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactlyElementsOf(lines);
    assertThat(result.report().rejected().get(0).reason()).contains(firstReasonWords);
    return result;
  }

  /** The night's bedtime and the minutes it took to fall asleep. */
  private static void wentToBed(DiaryEntry night, LocalTime bedtime, int latencyMin) {
    assertThat(night.bedtime()).isEqualTo(bedtime);
    assertThat(night.sleepLatencyMin()).isEqualTo(latencyMin);
  }

  private static DiaryEntry night(ImportResult result, String date) {
    LocalDate day = LocalDate.parse(date);
    return result.diary().entries().stream().filter(e -> e.date().equals(day)).findFirst()
        .orElseThrow(() -> new AssertionError("no night " + date + " in " + result.diary().entries()));
  }

  private static List<String> nights(ImportResult result) {
    return result.diary().entries().stream().map(e -> e.date().toString()).toList();
  }

  private static void balances(ImportResult result, int dataRecords, int rejected) {
    assertThat(result.report().dataRows()).isEqualTo(dataRecords);
    assertThat(result.report().rejected()).hasSize(rejected);
    assertThat(result.report().imported() + result.report().rejected().size()).isEqualTo(dataRecords);
  }

  @Test
  void sleepAsAndroidPairsEachHeaderWithItsValuesAndSkipsNoiseLines() throws Exception {
    ImportResult result = importFixture("sleep-as-android_synthetic.csv", "sleep-as-android", 4, List.of(7),
        "From \"yesterday\"", "dd. MM. yyyy H:mm");

    assertThat(nights(result)).containsExactly("2026-03-02", "2026-03-03", "2026-03-04");

    DiaryEntry first = night(result, "2026-03-02");
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.bedtime()).isEqualTo(LocalTime.of(22, 40));
    assertThat(first.wakeTime()).isEqualTo(LocalTime.of(6, 25));
    assertThat(first.awakenings()).isEqualTo(1);
    assertThat(first.sleepQuality()).isEqualTo(4);
    assertThat(first.snoring()).isTrue();
    assertThat(first.notes()).contains("Legs jumpy", "restless", "snore 2x").doesNotContain("#");
    assertThat(first.extras()).contains(Map.entry("device snoring (min)", "21"), Map.entry("device sleep (min)", "450"),
        Map.entry("rating (Sleep as Android 0-5)", "3.5"), Map.entry("tags", "#restless #snore_2x"),
        Map.entry("device time in bed (min)", "465"), Map.entry("device", "Sleep as Android"));

    DiaryEntry decimalCommas = night(result, "2026-03-03");
    assertThat(decimalCommas.extras()).containsEntry("device sleep (min)", "375");
    assertThat(decimalCommas.sleepQuality()).isEqualTo(4);
    assertThat(decimalCommas.snoring()).as("Snore -1 means snore detection was off").isNull();
    assertThat(decimalCommas.awakenings()).as("events, none of them AWAKE_START").isZero();
    assertThat(decimalCommas.notes()).isEqualTo("Slept well\nno coffee");

    assertThat(night(result, "2026-03-04").awakenings()).isEqualTo(2);
    assertThat(night(result, "2026-03-04").notes()).contains("gasping", "apnea");
  }

  @Test
  void sleepAsAndroidRecordsMissingTheirHeaderOrTheirValuesAreRejected() throws Exception {
    String header = "\"Id\",\"Tz\",\"From\",\"To\",\"Hours\"\n";
    String values = "\"1772487600000\",\"UTC\",\"02. 03. 2026 22:00\",\"03. 03. 2026 6:00\",\"8\"\n";
    String text = header + header + values + values + ",,,,\"0.1\"\n" + header;
    ImportResult result = importText(text, "sleep-export.csv");
    balances(result, 4, 3);
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(1, 4, 6);
    assertThat(result.report().rejected()).extracting(RejectedRow::reason).containsExactly(
        "a record's header line without its line of values",
        "a record's line of values without its header line (Id,Tz,From,To,...)",
        "a record's header line without its line of values");
  }

  @Test
  void pleesTrackerReadsEpochMillisecondsInTheGivenZone() throws Exception {
    Path file = FormatSamplesTest.fixture("plees-tracker_synthetic.csv");
    ImportResult result;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      result = TrackerImport.read(TrackerFormat.PLEES_TRACKER, "plees.csv", in, ZoneId.of("Europe/Berlin"));
    }
    assertThat(result.report().format()).isEqualTo("plees-tracker");
    balances(result, 5, 2);
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(5, 6);
    assertThat(result.report().rejected().get(1).reason()).contains("rating \"9\"", "0 to 5");
    DiaryEntry first = night(result, "2026-03-02");
    assertThat(first.bedtime()).isEqualTo(LocalTime.of(23, 10));
    assertThat(first.wakeTime()).isEqualTo(LocalTime.of(6, 40));
    assertThat(first.sleepQuality()).isEqualTo(4);
    assertThat(night(result, "2026-03-03").sleepQuality()).as("rating 0 = not rated").isNull();
    DiaryEntry nap = night(result, "2026-03-04");
    assertThat(nap.bedtime()).isNull();
    assertThat(nap.extras()).containsEntry("nap", "14:00-14:30");
  }

  @Test
  void sleepmeterResolvesCustomNamesAndCountsHolesAsAwakenings() throws Exception {
    ImportResult result = importFixture("sleepmeter_synthetic.csv", "sleepmeter", 6, List.of(15, 16), "out of order");

    DiaryEntry first = night(result, "2026-03-02");
    wentToBed(first, LocalTime.of(22, 45), 35);
    assertThat(first.awakenings()).isEqualTo(2);
    assertThat(first.sleepQuality()).isEqualTo(2);
    assertThat(first.notes()).isEqualTo("legs crawling at bedtime; hindrances: restless legs");
    assertThat(first.extras()).contains(Map.entry("sleep aids", "valerian tea"), Map.entry("device awake (min)", "35"),
        Map.entry("device sleep (min)", "395"));
    assertThat(night(result, "2026-03-03").notes()).isEqualTo("visit at parents, school night");
    assertThat(night(result, "2026-03-06").line()).isEqualTo(17);
    assertThat(night(result, "2026-03-06").notes()).isEqualTo("multi\nline note");
  }

  @Test
  void aStrayQuoteCostsOneRecordNotTheRecordsAfterIt() throws Exception {
    String row = "\"2026-03-0%d 06:30+0100\",\"2026-03-0%d 23:20+0100\",\"2026-03-0%d 22:45+0100\",,NIGHT_SLEEP,NONE,"
        + "NONE,NONE,NONE,6,\"%s\"\n";
    String text = "wake,sleep,bedtime,holes,type,dreams,aid,hindrances,tags,quality,notes\n"
        + String.format(row, 3, 2, 2, "a 5\" gap")
        + String.format(row, 4, 3, 3, "fine") + String.format(row, 5, 4, 4, "fine too");
    ImportResult result = importText(text, "sleep_history.csv");
    balances(result, 3, 0);
    assertThat(nights(result)).containsExactly("2026-03-02", "2026-03-03", "2026-03-04");
    assertThat(result.diary().entries()).extracting(DiaryEntry::line).containsExactly(2, 3, 4);
  }

  @Test
  void fitbitCsvReadsOnlyTheSleepSectionInBothTimeStyles() throws Exception {
    ImportResult result = importFixture("fitbit_export_synthetic.csv", "fitbit", 5, 1);

    assertThat(result.report().rejected().get(0).line()).isEqualTo(14);
    assertThat(nights(result)).containsExactly("2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06");
    DiaryEntry dayFirst = night(result, "2026-03-03");
    assertThat(dayFirst.bedtime()).isEqualTo(LocalTime.of(23, 15));
    assertThat(dayFirst.wakeTime()).isEqualTo(LocalTime.of(7, 2));
    assertThat(dayFirst.awakenings()).isEqualTo(9);
    assertThat(dayFirst.extras()).doesNotContainKey("rem sleep (min)");
    assertThat(night(result, "2026-03-05").extras()).containsEntry("device sleep (min)", "1000");
    assertThat(night(result, "2026-03-02").extras()).containsEntry("rem sleep (min)", "88");
  }

  @Test
  void fitbitJsonStreamsSleepLogsAndNamesBadOnesByNumberAndLine() throws Exception {
    ImportResult result = importFixture("sleep-2026-03-06.json", "fitbit", 4, 1);

    RejectedRow bad = result.report().rejected().get(0);
    assertThat(bad.reason()).startsWith("sleep log 3: startTime \"last night\"");
    assertThat(bad.line()).isEqualTo(47);
    DiaryEntry stages = night(result, "2026-03-06");
    assertThat(stages.line()).isEqualTo(1);
    assertThat(stages.awakenings()).isEqualTo(12);
    assertThat(stages.sleepLatencyMin()).isZero();
    assertThat(stages.extras()).contains(Map.entry("deep (min)", "75"), Map.entry("device sleep (min)", "430"));
    assertThat(night(result, "2026-03-07").extras()).containsEntry("nap", "14:10-14:55");
    assertThat(night(result, "2026-03-08").sleepLatencyMin()).isEqualTo(12);
  }

  @Test
  void appleHealthCountsOneSourcePerNightAndSkipsOtherRecordTypes() throws Exception {
    ImportResult result = importFixture("apple_health_export_synthetic.xml", "apple-health", 12, 2);

    assertThat(result.report().rejected().get(0).reason()).contains("Dozing");
    assertThat(result.report().warnings()).anyMatch(w -> w.startsWith("2 records of other kinds"));
    DiaryEntry first = night(result, "2026-03-02");
    assertThat(first.bedtime()).isEqualTo(LocalTime.of(22, 30));
    assertThat(first.wakeTime()).isEqualTo(LocalTime.of(6, 45));
    assertThat(first.extras()).as("the watch's 430 minutes, not the phone's added on top").contains(
        Map.entry("device sleep (min)", "430"), Map.entry("device awake (min)", "20"),
        Map.entry("device time in bed (min)", "495"),
        Map.entry("apple health sources", "Synthetic Phone | Synthetic Watch"));
    assertThat(first.awakenings()).isEqualTo(1);
    DiaryEntry older = night(result, "2026-03-03");
    assertThat(older.awakenings()).as("the gap between two Asleep records").isEqualTo(1);
    assertThat(older.extras()).containsEntry("device sleep (min)", "405");
    assertThat(result.diary().patient().birthDate()).contains(LocalDate.of(1961, 4, 12));
  }

  @Test
  void ouraRejectsDaysWithoutSleepAndReadsSecondsAsMinutes() throws Exception {
    ImportResult result = importFixture("oura_sleep_synthetic.csv", "oura", 4, List.of(3, 5), "no sleep recorded");

    DiaryEntry first = night(result, "2026-03-02");
    wentToBed(first, LocalTime.of(22, 50), 10);
    assertThat(first.extras()).contains(Map.entry("device sleep (min)", "420"), Map.entry("device awake (min)", "60"),
        Map.entry("oura lowest resting heart rate", "54"));
  }

  @Test
  void ouraAppDataSleepCsvIsSemicolonSeparatedWithSnakeCaseNames() throws Exception {
    String text = "id;day;bedtime_start;bedtime_end;total_sleep_duration;time_in_bed;awake_time;latency;type\n"
        + "a1;2026-03-03;2026-03-02T23:40:00.000+01:00;2026-03-03T07:10:00.000+01:00;24600;27000;2400;900;long_sleep\n"
        + "a2;2026-03-03;2026-03-03T15:00:00.000+01:00;2026-03-03T15:40:00.000+01:00;2100;2400;300;;late_nap\n";
    ImportResult result = importText(text, "sleep.csv");
    assertThat(result.report().format()).isEqualTo("oura");
    balances(result, 2, 0);
    assertThat(nights(result)).containsExactly("2026-03-02", "2026-03-03");
    DiaryEntry night = night(result, "2026-03-02");
    wentToBed(night, LocalTime.of(23, 40), 15);
    assertThat(night.extras()).contains(Map.entry("device sleep (min)", "410"), Map.entry("oura type", "long_sleep"));
    assertThat(night(result, "2026-03-03").extras()).containsEntry("nap", "15:00-15:40");
  }

  @Test
  void formatsAreRecognisedFromNameAndFirstCharactersAlone() {
    assertThat(TrackerFormat.detect("x.csv", "Id,Tz,From,To,Sched,Hours\n")).contains(TrackerFormat.SLEEP_AS_ANDROID);
    assertThat(TrackerFormat.detect("x.csv", "\"Id\",\"Tz\",\"From\",\"To\"\n")).contains(TrackerFormat.SLEEP_AS_ANDROID);
    assertThat(TrackerFormat.detect("x.csv", "sid,start,stop,rating\r\n1,2,3,0")).contains(TrackerFormat.PLEES_TRACKER);
    assertThat(TrackerFormat.detect("x.csv", "custom_tag_id,name\n")).contains(TrackerFormat.SLEEPMETER);
    assertThat(TrackerFormat.detect("x.csv", "wake,sleep,bedtime,holes,type,dreams\n")).contains(TrackerFormat.SLEEPMETER);
    assertThat(TrackerFormat.detect("x.csv", "Sleep\nStart Time,End Time,Minutes Asleep\n")).contains(TrackerFormat.FITBIT_CSV);
    assertThat(TrackerFormat.detect("sleep-2026-01-01.json", "[]")).contains(TrackerFormat.FITBIT_JSON);
    assertThat(TrackerFormat.detect("a.json", "[{\"logId\":1")).contains(TrackerFormat.FITBIT_JSON);
    assertThat(TrackerFormat.detect("export.xml", "<?xml version=\"1.0\"?>")).contains(TrackerFormat.APPLE_HEALTH);
    assertThat(TrackerFormat.detect("x.csv", "date,Sleep Score,Total Sleep Duration,Bedtime Start,Bedtime End\n")).contains(TrackerFormat.OURA);
    assertThat(TrackerFormat.detect("x.csv", "bedtime_start;bedtime_end;total_sleep_duration\n")).contains(TrackerFormat.OURA);
    assertThat(TrackerFormat.detect("diary.csv", "date,severity,bedtime\n2026-01-01,3,22:00\n")).isEmpty();
    assertThat(TrackerFormat.detect("mine.csv", "date,bedtime_start,bedtime_end,severity\n")).isEmpty();
    assertThat(TrackerFormat.detect("notes.json", "{\"a\":1}")).isEmpty();
  }

  @Test
  void anAppleHealthExportMayPassTheDefaultSizeLimitButNotOneTheUserSet() {
    byte[] xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [".getBytes(StandardCharsets.UTF_8);
    byte[] csv = "date,severity\n".getBytes(StandardCharsets.UTF_8);
    long defaults = ImportOptions.DEFAULT_MAX_BYTES;
    assertThat(TrackerFormat.sizeLimit("export.xml", xml, defaults)).isEqualTo(TrackerFormat.STREAMED_DEFAULT_MAX_BYTES);
    assertThat(TrackerFormat.sizeLimit("export.xml", xml, 50L << 20)).isEqualTo(50L << 20);
    assertThat(TrackerFormat.sizeLimit("diary.csv", csv, defaults)).isEqualTo(defaults);
  }

  @Test
  void aFitbitExportWithoutSleepSectionIsNotADiary() throws Exception {
    byte[] body = "Body\nDate,Weight\n\"2026-03-02\",\"80\"\n\n".getBytes(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> importer.importStream(new java.io.ByteArrayInputStream(body), "fitbit.csv"))
        .isInstanceOf(NotADiaryException.class).hasMessageContaining("\"fitbit.csv\"").hasMessageContaining("no Sleep section");
  }
}
