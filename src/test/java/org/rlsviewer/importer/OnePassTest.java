package org.rlsviewer.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

/**
 * A diary is read in one pass as ISO while its dates are surveyed; when most of its dates turn out
 * to be in another style, it is read again in that style, and the report is the same as if the
 * style had been known from the start.
 */
class OnePassTest {

  private final DiaryImporter importer =
      new DiaryImporter(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void isoRowsBeforeAMajorityOfDottedDatesAreBadDates() throws Exception {
    ImportResult r = read("date,severity\n2026-01-01,3\n2026-01-02,4\n03.01.2026,5\n04.01.2026,6\n05.01.2026,7\n");

    assertThat(r.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 5));
    assertThat(r.report().rejected()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2, "bad date \"2026-01-01\" (expected dd.MM.yyyy)"),
        org.assertj.core.groups.Tuple.tuple(3, "bad date \"2026-01-02\" (expected dd.MM.yyyy)"));
    assertThat(r.report().dataRows()).isEqualTo(5);
  }

  @Test
  void aFewOtherDatesInAnIsoDiaryAreBadDatesAndTheRestIsKept() throws Exception {
    StringBuilder csv = new StringBuilder("date,severity,bedtime\n");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      LocalDate night = LocalDate.of(2026, 1, 1).plusDays(i);
      String date = i == 7 ? "08.01.2026" : night.toString();
      csv.append(date).append(',').append(i % 11).append(",22:").append(10 + i).append('\n');
      if (i != 7) {
        expected.add(night.toString());
      }
    }
    ImportResult r = read(csv.toString());

    assertThat(r.diary().entries()).extracting(e -> e.date().toString()).containsExactlyElementsOf(expected);
    assertThat(r.diary().entries().get(0).bedtime()).hasToString("22:10");
    assertThat(r.report().rejected()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(9, "bad date \"08.01.2026\" (expected yyyy-MM-dd)"));
  }

  private ImportResult read(String csv) throws Exception {
    return importer.importStream(new ByteArrayInputStream(csv.getBytes(UTF_8)), "diary.csv");
  }
}
