package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table of each night's first line answers as a map of boxed days and lines would. */
class DiaryNightsTest {

  @Test
  void firstLinesKeepTheFirstLineOfEachDay() {
    DiaryNights.FirstLines table = new DiaryNights.FirstLines();
    Map<Long, Integer> map = new HashMap<>();
    Random random = new Random(18);
    for (int line = 1; line <= 200_000; line++) {
      // consecutive nights, repeats, far-apart days, days before 1970 and days that share low bits
      long day = switch (line % 4) {
        case 0 -> line;
        case 1 -> random.nextInt(5_000) - 2_500;
        case 2 -> (long) random.nextInt(64) << 20;
        default -> -((long) random.nextInt(1 << 24));
      };
      Integer expected = map.putIfAbsent(day, line);
      assertThat(table.putIfAbsent(day, line)).isEqualTo(expected == null ? DiaryNights.FirstLines.NONE : expected);
    }
  }
}
