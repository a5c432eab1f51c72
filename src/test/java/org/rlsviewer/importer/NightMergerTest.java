package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.MergedNight;

class NightMergerTest {

  private static final LocalDate MON = LocalDate.of(2026, 1, 5);
  private static final LocalDate TUE = MON.plusDays(1);

  private static RowPart at(int line, LocalDate day, String time, EntryBuilder b) {
    return RowPart.atTime(line, day, LocalTime.parse(time), b);
  }

  private static EntryBuilder notes(String text) {
    EntryBuilder b = new EntryBuilder();
    b.notes = text;
    return b;
  }

  @ParameterizedTest(name = "written {0} on the day after, wake time {1} -> night of day {2}")
  @CsvSource(textBlock = """
      00:30, ,     0
      05:59, ,     0
      06:00, ,     1
      07:30, 08:00, 0
      08:00, 08:00, 1
      23:00, ,     1
      """)
  void anEntryAfterMidnightAndBeforeTheWakeTimeBelongsToTheEveningBefore(String time, String wake, int night)
      throws Exception {
    List<RowPart> parts = new java.util.ArrayList<>();
    parts.add(at(2, TUE, time, notes("entry")));
    if (wake != null) {
      EntryBuilder sleep = new EntryBuilder();
      sleep.wakeTime = LocalTime.parse(wake);
      parts.add(RowPart.forNight(3, MON, null, sleep));
    }

    NightMerger.Nights nights = NightMerger.merge(parts);

    DiaryEntry withNote = nights.entries().stream().filter(e -> e.notes().equals("entry")).findFirst().orElseThrow();
    assertThat(withNote.date()).isEqualTo(MON.plusDays(night));
  }

  @Test
  void rowsOfOneNightMergeByTheDocumentedRules() {
    EntryBuilder evening = notes("legs bad at 21:00");
    evening.severity = 6;
    evening.caffeineMg = 100;
    evening.bedtime = LocalTime.of(23, 30);
    evening.medications = "pramipexole 0.125 mg";
    evening.snoring = false;
    evening.extra("mood", "meh");
    EntryBuilder night = notes("woke at 2, walked");
    night.severity = 8;
    night.caffeineMg = 150;
    night.sleepQuality = 3;
    night.snoring = true;
    night.extra("mood", "awful");
    EntryBuilder afternoon = notes("coffee with friends");
    afternoon.severity = 2;
    afternoon.caffeineMg = 80;
    afternoon.bedtime = LocalTime.of(1, 0);
    afternoon.medications = "pramipexole 0.125 mg";
    afternoon.sleepQuality = 2;
    afternoon.extra("mood", "meh");

    NightMerger.Nights nights = NightMerger.merge(List.of(
        at(7, MON, "21:00", evening), at(5, TUE, "02:10", night), at(9, MON, "15:00", afternoon)));

    assertThat(nights.entries()).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo(MON);
      assertThat(e.line()).isEqualTo(5);
      assertThat(e.severity()).as("worst").isEqualTo(8);
      assertThat(e.caffeineMg()).as("summed").isEqualTo(330);
      assertThat(e.sleepQuality()).as("worst").isEqualTo(2);
      assertThat(e.bedtime()).as("earliest in the night, 23:30 before 01:00").isEqualTo(LocalTime.of(23, 30));
      assertThat(e.snoring()).as("yes from any row").isTrue();
      assertThat(e.medications()).as("joined without repeats").isEqualTo("pramipexole 0.125 mg");
      assertThat(e.notes()).as("time order").isEqualTo("coffee with friends\nlegs bad at 21:00\nwoke at 2, walked");
      assertThat(e.extras()).containsEntry("mood", "meh | awful");
    });
    assertThat(nights.merged()).containsExactly(new MergedNight(MON, List.of(5, 7, 9)));
  }

  @Test
  void aNightOfOneRowIsNotReportedAsMerged() {
    NightMerger.Nights nights = NightMerger.merge(List.of(at(2, MON, "21:00", notes("a")), at(3, TUE, "21:00",
        notes("b"))));

    assertThat(nights.entries()).extracting(DiaryEntry::date).containsExactly(MON, TUE);
    assertThat(nights.merged()).isEmpty();
  }
}
