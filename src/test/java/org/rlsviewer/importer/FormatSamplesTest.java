package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.MergedNight;
import org.rlsviewer.domain.RejectedRow;

/** Every public sample and synthetic format fixture (formats/SOURCES.md) imports with its nights right. */
class FormatSamplesTest {

  private final DiaryImporter importer = new DiaryImporter();

  private ImportResult importFixture(String name) throws Exception {
    return importer.importFile(fixture(name));
  }

  /** Imports a fixture and checks the format it was read as and how many records it imported. */
  private ImportResult importFixture(String name, String format, int imported) throws Exception {
    ImportResult result = importFixture(name);
    assertThat(result.report().format()).isEqualTo(format);
    assertThat(result.report().imported()).isEqualTo(imported);
    return result;
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(FormatSamplesTest.class.getResource("formats/" + name).toURI());
  }

  private static DiaryEntry night(ImportResult result, String date) {
    LocalDate day = LocalDate.parse(date);
    return result.diary().entries().stream().filter(e -> e.date().equals(day)).findFirst()
        .orElseThrow(() -> new AssertionError("no night " + date + " in " + result.diary().entries()));
  }

  private static List<LocalDate> nights(ImportResult result) {
    return result.diary().entries().stream().map(DiaryEntry::date).toList();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void germanSpreadsheetDiaryImportsWithoutMappingAndKeepsItsUmlauts() throws Exception {
    ImportResult result = importFixture("german-excel-semicolon-cp1252.csv");

    assertThat(result.report().format()).isEqualTo("rls-diary");
    assertThat(result.report().dataRows()).isEqualTo(5);
    assertThat(result.report().rejected()).containsExactly(new RejectedRow(10,
        "bad date \"31.02.2026\" (expected dd.MM.yyyy)", "31.02.2026;5;;;;;;;;;;;Tippfehler im Datum"));
    assertThat(result.report().warnings()).singleElement().asString().contains("Windows-1252");
    assertThat(result.diary().patient().name()).isEqualTo("Jürgen Weiß");
    assertThat(nights(result)).containsExactly(d("2026-01-05"), d("2026-01-06"), d("2026-01-07"), d("2026-01-08"));

    assertThat(night(result, "2026-01-05"))
        .extracting(DiaryEntry::severity, DiaryEntry::symptomStart, DiaryEntry::wakeTime, DiaryEntry::alcoholUnits,
            DiaryEntry::magnesiumMg, DiaryEntry::magnesiumForm, DiaryEntry::snoring)
        .containsExactly(6, LocalTime.of(21, 30), LocalTime.of(6, 45), 1.5, 300, "Citrat", false);
    assertThat(night(result, "2026-01-06").notes()).isEqualTo("Etwas besser; Füße warm gehalten");
    assertThat(night(result, "2026-01-06").snoring()).isTrue();
    assertThat(night(result, "2026-01-07").snoring()).as("x ticks yes").isTrue();
    assertThat(night(result, "2026-01-07").alcoholUnits()).isEqualTo(2.0);
    assertThat(night(result, "2026-01-07").notes()).isEqualTo("Schlimme Nacht, Übelkeit nach dem Kaffee");
    assertThat(night(result, "2026-01-08").notes()).isEqualTo("Ruhig geschlafen – schön");
  }

  @Test
  void daylioWithScalesMergesEntriesOfADayAndKeepsMoodAndScalesAsExtras() throws Exception {
    ImportResult result = importFixture("daylio_export_scales.csv", "daylio", 7);

    assertThat(result.report().rejected()).isEmpty();
    assertThat(nights(result)).containsExactly(d("2026-03-30"), d("2026-03-31"), d("2026-04-02"), d("2026-04-12"));
    assertThat(result.report().merged()).containsExactly(
        new MergedNight(d("2026-04-02"), List.of(5, 6)), new MergedNight(d("2026-04-12"), List.of(2, 3, 4)));

    DiaryEntry april12 = night(result, "2026-04-12");
    assertThat(april12.notes()).as("in time order, 12:00 before 14:03").isEqualTo("Testing the note.\nBruuuuh.");
    assertThat(april12.severity()).as("a mood is not a severity").isNull();
    assertThat(april12.sleepQuality()).as("8/10 is not the diary's 1-5 scale").isNull();
    assertThat(april12.extras()).containsEntry("Sleep Quality", "8/10 points").containsEntry("Sleep Time", "8:00")
        .containsEntry("Awake mid-sleep", "1:00").containsEntry("activities", "spending time");
    assertThat(night(result, "2026-03-30").notes()).isEqualTo("Who knows.\n\nAm I [[virtual]]?");
    assertThat(night(result, "2026-04-02").notes()).isEqualTo("Never mindd.");
    assertThat(night(result, "2026-04-02").extras()).containsEntry("activities", "allegro | at the office");
    assertThat(night(result, "2026-03-31").extras()).containsEntry("mood", "tired");
  }

  @Test
  void daylioSevenColumnsWithTwelveHourTimesPutsEntriesAfterMidnightOnTheEveningBefore() throws Exception {
    ImportResult result = importFixture("daylio_test_data_12h_7col.csv", "daylio", 32);

    assertThat(result.report().dataRows()).isEqualTo(32);
    assertThat(nights(result)).containsExactly(
        d("2020-05-25"), d("2020-05-27"), d("2020-05-28"), d("2020-05-29"), d("2020-05-30"));
    assertThat(result.report().merged()).contains(
        new MergedNight(d("2020-05-29"), List.of(5, 6, 7, 8, 9, 10, 11)),
        new MergedNight(d("2020-05-27"), List.of(15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27)));
    assertThat(night(result, "2020-05-30").notes()).isEqualTo("Life is beautiful\nAwesome");
    assertThat(night(result, "2020-05-25").notes()).as("the 24-hour 14:58 among 12-hour times")
        .isEqualTo("Could be better");
    assertThat(night(result, "2020-05-30").extras()).containsEntry("mood", "rad");
    assertThat(result.diary().entries()).allSatisfy(e -> assertThat(e.severity()).isNull());
  }

  @Test
  void bearableExcerptKeepsMedicinesWithDosesAndOtherCategoriesAsExtras() throws Exception {
    ImportResult result = importFixture("bearable_export_2020_excerpt.csv", "bearable", 16);

    assertThat(nights(result)).containsExactly(d("2020-09-21"), d("2020-09-22"));
    assertThat(result.report().merged()).containsExactly(
        new MergedNight(d("2020-09-21"), List.of(2, 9, 14, 15, 16)),
        new MergedNight(d("2020-09-22"), List.of(3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 17)));

    DiaryEntry early = night(result, "2020-09-21");
    assertThat(early.medications()).as("taken at 3:04, before the morning")
        .isEqualTo("Hydroxyzine 50 mg; Clomipramine 100 mg; Fluoxitine 40 mg");
    assertThat(early.extras()).containsEntry("mood", "6 (Meh | Anxious)");
    DiaryEntry day = night(result, "2020-09-22");
    assertThat(day.severity()).as("no restless-legs symptom was rated").isNull();
    assertThat(day.extras().get("symptoms")).contains("Headache (Mild)", "Back (lower) pain (Mild)");
    assertThat(day.extras().get("food diary factors")).isEqualTo("Mostly healthy | Caffeine");
    assertThat(day.caffeineMg()).as("a caffeine factor has no amount").isNull();
  }

  @Test
  void bearableRestlessLegsRatingsMagnesiumAndSleepMapToTheirFields() throws Exception {
    ImportResult result = importFixture("bearable_rls_synthetic.csv");

    assertThat(nights(result)).containsExactly(d("2026-02-02"), d("2026-02-03"));
    DiaryEntry before = night(result, "2026-02-02");
    assertThat(before.severity()).as("'pre' on the 3rd is the night of the 2nd; moderate 2 of 4").isEqualTo(5);
    assertThat(before.notes()).isEqualTo("woke at 3 with crawling legs");

    DiaryEntry e = night(result, "2026-02-03");
    assertThat(e.severity()).as("worst of mild (3) and severe (8)").isEqualTo(8);
    assertThat(e.extras()).containsEntry("restless legs (Bearable 0-4)", "1 (Mild) | 3 (Severe)");
    assertThat(e.magnesiumMg()).isEqualTo(400);
    assertThat(e.magnesiumForm()).isEqualTo("citrate");
    assertThat(e.medications()).isEqualTo("Pramipexole 0.25 mg");
    assertThat(e.notes()).isEqualTo("took it late");
    assertThat(e.wakeTime()).as("sleep on the 4th ends the night of the 3rd").isEqualTo(LocalTime.of(7, 0));
    assertThat(e.sleepQuality()).isEqualTo(2);
    assertThat(e.extras()).containsEntry("mood", "4 (Tired)").containsEntry("sleep", "6:45 (Asleep 00:15 - 07:00)");
  }

  @Test
  void sleepCycleOldLayoutMergesSessionsOfANightAndKeepsNapsApart() throws Exception {
    ImportResult result = importFixture("sleepdata_2011_format_excerpt.csv", "sleep-cycle", 16);

    assertThat(result.report().rejected()).isEmpty();
    assertThat(result.report().merged()).startsWith(new MergedNight(d("2011-04-08"), List.of(2, 3)));

    DiaryEntry first = night(result, "2011-04-08");
    assertThat(first.bedtime()).isEqualTo(LocalTime.of(17, 50));
    assertThat(first.wakeTime()).as("the later session ends after midnight").isEqualTo(LocalTime.of(1, 46));
    assertThat(first.extras()).containsEntry("Sleep quality", "62% | 24%");
    assertThat(first.sleepQuality()).as("a percentage is not the 1-5 scale").isNull();
    DiaryEntry withNap = night(result, "2011-04-09");
    assertThat(withNap.extras()).containsEntry("nap", "16:18-16:45");
    assertThat(withNap.bedtime()).isEqualTo(LocalTime.of(16, 46));
    DiaryEntry last = night(result, "2016-12-13");
    assertThat(last.bedtime()).isEqualTo(LocalTime.of(2, 50));
    assertThat(last.wakeTime()).isEqualTo(LocalTime.of(8, 3));
    assertThat(last.notes()).isEqualTo("Lazy day; Long day; Took a nap; Unproductive day; Went out");
    assertThat(last.extras()).containsEntry("Wake up", ":|").containsEntry("Activity (steps)", "2380");
  }

  @Test
  void sleepCycle2019LayoutReadsSnoringAndTreatsEmDashesAsMissing() throws Exception {
    ImportResult result = importFixture("sleepcycle_2019_synthetic.csv");

    assertThat(result.report().format()).isEqualTo("sleep-cycle");
    assertThat(nights(result)).containsExactly(d("2020-03-01"), d("2020-03-02"), d("2020-03-03"));
    DiaryEntry first = night(result, "2020-03-01");
    assertThat(first.snoring()).isTrue();
    assertThat(first.bedtime()).isEqualTo(LocalTime.of(23, 12));
    assertThat(first.wakeTime()).isEqualTo(LocalTime.of(6, 58));
    assertThat(first.notes()).isEqualTo("Drank coffee; Stressful day");
    assertThat(first.extras()).containsEntry("Weather temperature (°F)", "48").containsEntry("Mood", "Good");
    DiaryEntry second = night(result, "2020-03-02");
    assertThat(second.bedtime()).as("started after midnight on the 3rd").isEqualTo(LocalTime.of(0, 41));
    assertThat(second.snoring()).isFalse();
    assertThat(second.extras()).doesNotContainKeys("Mood", "City", "Weather type");
    assertThat(night(result, "2020-03-03").snoring()).isNull();
  }

  @Test
  void flaredownTakesOnePersonsCheckInsAndMapsRestlessLegsAndMagnesium() throws Exception {
    ImportResult result = importer.importFile(fixture("flaredown_synthetic.csv"),
        ImportOptions.defaults().withPerson("QEVuQwEAyV+d3k/pq1E="));

    assertThat(result.report().format()).isEqualTo("flaredown");
    assertThat(result.report().rejected()).extracting(RejectedRow::line).containsExactly(10);
    assertThat(nights(result)).containsExactly(d("2026-02-01"), d("2026-02-02"), d("2026-02-03"));
    assertThat(result.diary().entries()).extracting(DiaryEntry::severity).containsExactly(8, 3, 0);
    DiaryEntry first = night(result, "2026-02-01");
    assertThat(first.magnesiumMg()).isEqualTo(300);
    assertThat(first.medications()).isEqualTo("Pramipexole 0.125 mg");
    assertThat(first.extras()).contains(Map.entry("tags", "coffee, late"), Map.entry("symptoms", "Tingling feet (2)"),
        Map.entry("restless legs (Flaredown 0-4)", "3"), Map.entry("weather temperature_min", "38.0"));
    assertThat(night(result, "2026-02-02").magnesiumMg()).isEqualTo(300);
  }
}
