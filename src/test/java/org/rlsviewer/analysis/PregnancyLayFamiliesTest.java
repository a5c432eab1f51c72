package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pregnancy and breastfeeding in lay words (issue 15): the trimester as an ordinal figure, feeding
 * at the breast without an article in Spanish; and look-alikes from the kitchen. Probe notes written
 * for this test.
 */
class PregnancyLayFamiliesTest {

  private static final MultilingualReader READER = MultilingualReader.builtIn();

  private static boolean flaggable(String text) {
    return READER.read(text).stream().anyMatch(m -> m.concept().equals("pregnancy") && m.assertion().flaggable());
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      3rd trimester and the legs are dreadful        | true
      in my 2nd tri, legs jumping all evening        | true
      up twice breast-feeding, legs crawly           | true
      on the boob half the night, my legs fidgety    | true
      doy pecho cada tres horas, piernas inquietas   | true
      daba teta a las 4 y las piernas fatal          | true
      chicken breast for tea, legs restless later    | false
      da pecho de pollo para cenar                   | false
      my 2nd cup of tea, legs restless               | false
      """)
  void pregnancyOrNursingInLayWords(String text, boolean expected) {
    assertThat(flaggable(text)).isEqualTo(expected);
  }
}
