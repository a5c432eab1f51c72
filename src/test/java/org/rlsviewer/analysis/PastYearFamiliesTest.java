package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year written after the finding it dates (issue 15 item 3: explicit past), set apart by a comma
 * or a bracket, in the four languages: past, not a flag; a year that starts something ("since",
 * "seit", "desde", "depuis") and a full date stay current or possible. Probe notes written for this test.
 */
class PastYearFamiliesTest {

  private static final MultilingualReader READER = MultilingualReader.builtIn();

  private static String reading(String text, String concept) {
    Mention m = READER.read(text).stream().filter(x -> x.concept().equals(concept)).findFirst().orElseThrow();
    Assertion a = m.assertion();
    return a.historical() && !a.flaggable() ? "past" : a.flaggable() ? "flaggable" : "other";
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      numb left foot, 2019                          | numbness | past
      swollen right ankle (2015)                    | swelling | past
      puffy calf after the op, 2012                 | swelling | past
      taubes Bein (2017), jetzt nur unruhig         | numbness | past
      linker Knöchel geschwollen, 2016              | swelling | past
      tobillo derecho hinchado, 2018                | swelling | past
      pie dormido (2014)                            | numbness | past
      cheville gauche gonflée, 2016                 | swelling | past
      jambe engourdie (2011)                        | numbness | past
      swollen right ankle since 2015                | swelling | flaggable
      taubes Bein seit 2017                         | numbness | flaggable
      tobillo derecho hinchado desde 2018           | swelling | flaggable
      cheville gauche gonflée depuis 2016           | swelling | flaggable
      swollen left ankle, 07.12.2026                | swelling | flaggable
      """)
  void aYearSetApartAfterTheFindingIsPast(String text, String concept, String expected) {
    assertThat(reading(text, concept)).isEqualTo(expected);
  }
}
