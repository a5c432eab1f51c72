package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryEntry;

/** Which nights the Nights tab shows, and what the dismiss dialog accepts as a reason. */
class NightsFilterTest {

  private static final LocalDate FLAGGED = LocalDate.parse("2024-06-16");

  @ParameterizedTest
  @CsvSource(textBlock = """
      # night,     notes,       flagged only, notes only, from,       to,         shown
      2024-06-16,  numb feet,   true,         true,       '',         '',         true
      2024-06-17,  numb feet,   true,         false,      '',         '',         false
      2024-06-17,  '',          false,        true,       '',         '',         false
      2024-06-17,  '',          false,        false,      '',         '',         true
      2024-06-17,  '',          false,        false,      2024-06-17, 2024-06-17, true
      2024-06-17,  '',          false,        false,      2024-06-18, '',         false
      2024-06-17,  '',          false,        false,      '',         2024-06-16, false
      2024-06-16,  ok,          true,         true,       2024-06-01, 2024-06-30, true
      """)
  void showsANightOnlyWhenEveryFilterLetsItThrough(
      String night, String notes, boolean flaggedOnly, boolean notesOnly, String from, String to, boolean shown) {
    NightsFilter filter = new NightsFilter(flaggedOnly, notesOnly, NightsFilter.parseDate(from), NightsFilter.parseDate(to));
    assertThat(filter.shows(entry(LocalDate.parse(night), notes), Set.of(FLAGGED))).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      '',            empty
      '  ',          empty
      2024-06-16,    2024-06-16
      ' 2024-06-16', 2024-06-16
      16/06/2024,    invalid
      2024-02-30,    invalid
      """)
  void rangeFieldsReadIsoDates(String typed, String expected) {
    Optional<LocalDate> parsed = NightsFilter.parseDate(typed);
    switch (expected) {
      case "empty" -> assertThat(parsed).isEmpty();
      case "invalid" -> assertThat(parsed).isNull();
      default -> assertThat(parsed).contains(LocalDate.parse(expected));
    }
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      # index, details,               reason given
      0,       '',                    ''
      0,       some words,            ''
      1,       '',                    Explained by a known condition
      1,       seen by neurology,     Explained by a known condition
      5,       '',                    ''
      5,       '   ',                 ''
      5,       patient meant a cramp, patient meant a cramp
      """)
  void aDismissalNeedsAReasonAndOtherNeedsWords(int index, String details, String reason) {
    String choice = index == 0 ? Messages.get("dismiss.choose") : DismissDialog.reasons().get(index - 1);
    var answer = DismissDialog.answerFor(choice, index, details);
    if (reason.isEmpty()) {
      assertThat(answer).isEmpty();
    } else {
      assertThat(answer.orElseThrow().reason()).isEqualTo(reason);
    }
  }

  private static DiaryEntry entry(LocalDate date, String notes) {
    return new DiaryEntry(2, date, null, null, null, "", null, null, null, null, null, null, null, null, null,
        null, "", "", "", null, null, "", notes, null);
  }
}
