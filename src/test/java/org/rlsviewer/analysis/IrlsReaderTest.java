package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.IrlsBand;
import org.rlsviewer.domain.IrlsReading;
import org.rlsviewer.domain.IrlsTotals;
import org.rlsviewer.importer.DiaryImporter;

class IrlsReaderTest {

  @ParameterizedTest
  @CsvSource(textBlock = """
      0, NONE
      1, MILD
      10, MILD
      11, MODERATE
      20, MODERATE
      21, SEVERE
      30, SEVERE
      31, VERY_SEVERE
      40, VERY_SEVERE
      """)
  void bandsFollowTheScale(int total, IrlsBand band) {
    assertThat(IrlsBand.of(total)).isEqualTo(band);
  }

  @Test
  void totalsOutsideTheScaleHaveNoBand() {
    assertThatThrownBy(() -> IrlsBand.of(41)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IrlsBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsWeeklyTotalsBesideTheWeeksSeverityAndReportsUnusableValues() throws Exception {
    var diary = new DiaryImporter().importFile(
        Path.of(getClass().getResource("irls-weekly.csv").toURI())).diary();

    IrlsTotals totals = IrlsReader.read(diary);

    assertThat(totals.readings()).hasSize(2);
    IrlsReading first = totals.readings().get(0);
    assertThat(first.score().date()).isEqualTo(LocalDate.of(2025, 1, 7));
    assertThat(first.score().total()).isEqualTo(24);
    assertThat(first.score().band()).isEqualTo(IrlsBand.SEVERE);
    // nights 1-7 January rated 6,7,5,6,8,6,7: sorted 5,6,6,6,7,7,8 -> median 6
    assertThat(first.weekSeverityMedian()).hasValue(6.0);
    assertThat(first.nightsRated()).isEqualTo(7);
    IrlsReading second = totals.readings().get(1);
    assertThat(second.score().band()).isEqualTo(IrlsBand.MILD);
    // 8-14 January: 4,3,(unrated),4,2,3,3 -> sorted 2,3,3,3,4,4 -> median 3
    assertThat(second.weekSeverityMedian()).hasValue(3.0);
    assertThat(second.nightsRated()).isEqualTo(6);
    assertThat(totals.problems()).containsExactly(
        "2025-01-15: IRLS total 41 is outside 0-40, not used",
        "2025-01-16: IRLS total 'about 9' is not a whole number, not used");
  }

  @Test
  void theCliniciansTotalsStandInDateOrderBesideTheDiarysWithTheirWeeksSeverity() throws Exception {
    var diary = new DiaryImporter().importFile(
        Path.of(getClass().getResource("irls-weekly.csv").toURI())).diary();
    IrlsTotals fromDiary = IrlsReader.read(diary);
    var atClinic = org.rlsviewer.domain.IrlsScore.of(LocalDate.of(2025, 1, 7), 18,
        org.rlsviewer.domain.IrlsScore.Source.CLINICIAN);
    var later = org.rlsviewer.domain.IrlsScore.of(LocalDate.of(2025, 1, 12), 31,
        org.rlsviewer.domain.IrlsScore.Source.CLINICIAN);

    IrlsTotals both = IrlsReader.withClinicianTotals(diary, fromDiary, java.util.List.of(later, atClinic));

    assertThat(both.readings()).extracting(r -> r.score().date().getDayOfMonth(), r -> r.score().total(),
        r -> r.score().source().name()).containsExactly(
            org.assertj.core.groups.Tuple.tuple(7, 24, "DIARY"),
            org.assertj.core.groups.Tuple.tuple(7, 18, "CLINICIAN"),
            org.assertj.core.groups.Tuple.tuple(12, 31, "CLINICIAN"),
            org.assertj.core.groups.Tuple.tuple(14, 10, "DIARY"));
    // 6-12 January: 6,7,4,3,(unrated),4,2 -> sorted 2,3,4,4,6,7 -> median 4
    assertThat(both.readings().get(2).weekSeverityMedian()).hasValue(4.0);
    assertThat(both.readings().get(2).score().band()).isEqualTo(IrlsBand.VERY_SEVERE);
    assertThat(both.problems()).isEqualTo(fromDiary.problems());
    assertThat(IrlsReader.withClinicianTotals(diary, fromDiary, java.util.List.of())).isSameAs(fromDiary);
  }
}
