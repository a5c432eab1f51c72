package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

/** The plausible window of diary dates (docs/diary-format.md): 1990 to tomorrow, and lone year typos. */
class PlausibleDatesTest {

  private static final Clock TODAY = Clock.fixed(Instant.parse("2024-06-30T12:00:00Z"), ZoneId.of("UTC"));

  private static ImportResult read(String csv) throws Exception {
    return new DiaryImporter(TODAY).importStream(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "d.csv");
  }

  private static String nights(LocalDate first, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(first.plusDays(i)).append(",4\n");
    }
    return b.toString();
  }

  @Test
  void datesBefore1990OrAfterTomorrowAreRejectedWithTheirLine() throws Exception {
    ImportResult r = read("date,severity\n0001-01-01,3\n1899-12-31,3\n2024-06-01,4\n2024-07-01,4\n2024-07-02,4\n"
        + "9999-12-31,2\n");
    assertThat(r.diary().entries()).extracting(e -> e.date().toString()).containsExactly("2024-06-01", "2024-07-01");
    assertThat(r.report().rejected()).extracting(RejectedRow::line).containsExactly(2, 3, 6, 7);
    assertThat(r.report().rejected().get(0).reason()).contains("0001-01-01 is before 1990");
    assertThat(r.report().rejected().get(2).reason()).contains("2024-07-02 is after tomorrow (2024-07-01)");
    assertThat(r.report().dataRows()).isEqualTo(6);
    assertThat(r.report().imported()).isEqualTo(2);
  }

  @Test
  void aLoneMistypedYearIsReportedAsALikelyTypo() throws Exception {
    ImportResult r = read("date,severity\n" + nights(LocalDate.of(2024, 1, 1), 20) + "2014-01-21,5\n2062-01-22,5\n");
    assertThat(r.diary().entries()).hasSize(20);
    assertThat(r.diary().lastNight()).contains(LocalDate.of(2024, 1, 20));
    assertThat(r.report().rejected()).hasSize(2).allSatisfy(row -> assertThat(row.reason()).contains("likely a typo"));
    assertThat(r.report().rejected().get(0).reason())
        .contains("2014-01-21 stands more than a year apart").contains("2024-01-01 to 2024-01-20");
    assertThat(r.report().rejected().get(1).reason()).contains("2062-01-22 is after tomorrow");
  }

  @Test
  void aLoneNightYearsApartWhoseDayDoesNotFitAmongTheOthersIsKept() throws Exception {
    ImportResult r = read("date,severity\n" + nights(LocalDate.of(2011, 4, 8), 14) + "2016-12-14,3\n");
    assertThat(r.report().rejected()).isEmpty();
    assertThat(r.diary().entries()).hasSize(15);
  }

  @Test
  void twoStretchesOfNightsYearsApartAreBothKept() throws Exception {
    ImportResult r = read("date,severity\n" + nights(LocalDate.of(1991, 1, 1), 3) + nights(LocalDate.of(2024, 1, 1), 10));
    assertThat(r.report().rejected()).isEmpty();
    assertThat(r.diary().entries()).hasSize(13);
  }
}
