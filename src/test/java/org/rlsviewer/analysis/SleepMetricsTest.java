package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.NightSleep;

class SleepMetricsTest {

  /** Expected values worked out by hand: TIB = wake − bed (over midnight), TST = TIB − SOL, SE = TST/TIB. */
  @ParameterizedTest(name = "{0} + {1} min -> {2}: TIB {3}, TST {4}, SE {5}")
  @CsvSource(nullValues = "-", textBlock = """
      # bed,  latency, wake,  TIB, TST, SE %
      23:00,  30,      07:00, 480, 450, 93.75
      00:10,  45,      08:10, 480, 435, 90.625
      22:30,  0,       06:00, 450, 450, 100.0
      21:00,  480,     05:00, 480, 0,   0.0
      23:40,  40,      -,     -,   -,   -
      -,      40,      07:00, -,   -,   -
      23:00,  -,       07:00, 480, -,   -
      23:00,  600,     07:00, 480, -,   -
      23:00,  10,      23:00, -,   -,   -
      07:00,  10,      06:00, -,   -,   -
      20:00,  10,      14:00, 1080, 1070, 99.07407407
      """)
  void timeInBedTotalSleepAndEfficiency(String bed, Integer latency, String wake, Integer tib, Integer tst,
      Double efficiency) {
    NightSleep n = SleepMetrics.of(Night.on("2026-01-05").sleep(bed, latency, wake).build());
    assertThat(n.timeInBedMin()).isEqualTo(optional(tib));
    assertThat(n.totalSleepMin()).isEqualTo(optional(tst));
    if (efficiency == null) {
      assertThat(n.sleepEfficiencyPct()).isEmpty();
    } else {
      assertThat(n.sleepEfficiencyPct().getAsDouble()).isCloseTo(efficiency, within(1e-6));
    }
  }

  @Test
  void unrecordedAwakeningsAndSymptomsStayEmptyNotZero() {
    NightSleep blank = SleepMetrics.of(Night.on("2026-01-05").build());
    assertThat(blank.awakenings()).isEmpty();
    assertThat(blank.sleepOnsetLatencyMin()).isEmpty();
    assertThat(blank.symptomStart()).isEmpty();
    assertThat(blank.symptomMinutes()).isEmpty();

    NightSleep recorded = SleepMetrics.of(Night.on("2026-01-05").awakenings(0).symptoms("21:30", 90).build());
    assertThat(recorded.awakenings()).hasValue(0);
    assertThat(recorded.symptomStart()).hasValueSatisfying(t -> assertThat(t).hasToString("21:30"));
    assertThat(recorded.symptomMinutes()).hasValue(90);
  }

  @Test
  void aDiarysNightsShareEqualFiguresAndKeepEachNightsOwn() {
    List<DiaryEntry> entries = List.of(
        Night.on("2026-01-05").sleep("23:00", 30, "07:00").symptoms("21:30", 90).build(),
        Night.on("2026-01-06").sleep("23:00", 30, "07:00").symptoms("21:30", 60).build(),
        Night.on("2026-01-07").sleep("22:00", 30, "07:00").build(),
        Night.on("2026-01-08").sleep("23:00", 30, "07:00").build());
    entries = new java.util.ArrayList<>(entries);
    entries.add(new DiaryEntry(5, java.time.LocalDate.parse("2026-01-09"), null, java.time.LocalTime.of(21, 30, 15),
        null, "", null, null, null, null, null, null, null, null, null, null, "", "", "", null, null, "", "", null));

    List<NightSleep> nights = SleepMetrics.of(entries);

    assertThat(nights).containsExactlyElementsOf(entries.stream().map(SleepMetrics::of).toList());
    assertThat(nights.get(0).sleepEfficiencyPct()).isSameAs(nights.get(3).sleepEfficiencyPct());
    assertThat(nights.get(2).sleepEfficiencyPct().getAsDouble()).isCloseTo(100.0 * 510 / 540, within(1e-9));
    assertThat(nights.get(0).symptomStart()).isSameAs(nights.get(1).symptomStart());
    assertThat(nights.get(4).symptomStart()).hasValue(java.time.LocalTime.of(21, 30, 15));
  }

  private static OptionalInt optional(Integer v) {
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }
}
