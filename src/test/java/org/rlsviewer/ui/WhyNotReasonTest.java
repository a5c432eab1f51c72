package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reasons the analysis gives for setting a mention aside, put in plain words for the clinician. */
class WhyNotReasonTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      negated                 | negated: the patient says it is absent or gone
      hypothetical            | hypothetical: said as a possibility (if, in case), not as happening
      historical              | historical: in the past, not now
      someone else            | someone else: about another person, not the patient
      negated, someone else   | negated: the patient says it is absent or gone; someone else: about another person, not the patient
      unheard-of              | unheard-of
      """)
  void reasonsInPlainWords(String reason, String words) {
    assertThat(WhyNotFlaggedView.reasonInWords(reason)).isEqualTo(words);
  }
}
