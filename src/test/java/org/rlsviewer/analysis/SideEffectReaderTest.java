package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SideEffectReaderTest {

  @ParameterizedTest(name = "side_effects \"{0}\", notes \"{1}\" -> [{2}]")
  @CsvSource(delimiter = '|', textBlock = """
      diarrhoea                  |                                       | diarrhoea
      Diarrhea                   |                                       | diarrhoea
      loose stools, cramps       |                                       | diarrhoea cramping
      none                       |                                       |
      no diarrhoea               |                                       |
                                 | loose stools again after the tablet   | diarrhoea
                                 | no nausea or diarrhoea tonight        |
                                 | no nausea but stomach cramps           | cramping
                                 | bad leg cramps at 3am                 |
                                 | felt sick and queasy                  | nausea
                                 | didnt feel sick. diarrhoea again      | diarrhoea
      nauseous                   | never had diarrhoea                   | nausea
      """)
  void findsAffirmedEffects(String sideEffects, String notes, String expected) {
    String found = SideEffectReader.read(Night.on("2026-01-01")
            .sideEffects(sideEffects == null ? "" : sideEffects).notes(notes == null ? "" : notes).build())
        .stream().map(e -> e.label).collect(Collectors.joining(" "));
    assertThat(found).isEqualTo(expected == null ? "" : expected);
  }
}
