package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DateRange;

/** The range control's arithmetic and the dates a clinician may type. */
class RangeBarTest {

  @ParameterizedTest
  @CsvSource(textBlock = """
      2024-10-06, 14, 2024-09-23
      2024-10-06, 30, 2024-09-07
      2024-03-01, 90, 2023-12-03
      2024-03-01,  1, 2024-03-01
      """)
  void lastNightsCountBackFromTheLastNightInclusive(LocalDate last, int nights, LocalDate first) {
    assertThat(RangeBar.lastNights(last, nights)).isEqualTo(DateRange.between(first, last));
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      '2024-09-01', '2024-09-30', 2024-09-01, 2024-09-30
      ' 2024-09-01 ', '2024-09-01', 2024-09-01, 2024-09-01
      """)
  void typedDatesMakeARange(String from, String to, LocalDate first, LocalDate last) {
    assertThat(RangeBar.parse(from, to)).contains(DateRange.between(first, last));
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      '2024-09-30', '2024-09-01'
      '01/09/2024', '2024-09-30'
      '2024-09-01', ''
      '2024-02-30', '2024-03-01'
      """)
  void wrongOrBackwardDatesAreRefused(String from, String to) {
    assertThat(RangeBar.parse(from, to)).isEqualTo(Optional.empty());
  }
}
