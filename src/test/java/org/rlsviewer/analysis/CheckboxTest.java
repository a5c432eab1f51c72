package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Diaries kept as a form with tick boxes, through the whole analysis (notes written for this test). */
class CheckboxTest {

  private static String flags(String notes) {
    String s = NoteProbe.findings(notes).flags().stream().map(f -> f.ruleId() + ":" + f.urgency().label()).sorted()
        .collect(Collectors.joining("+"));
    return s.isEmpty() ? "none" : s;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ☐ leg weakness ☑ restless ☐ numbness ☐ swelling ☐ snoring          | none
      ☐ leg weakness ☑ restless ☑ numbness ☐ swelling ☐ snoring          | numbness:routine
      □ legs gave way ■ jerking □ swollen ankles                          | none
      [ ] weak legs [x] restless [ ] numb [ ] swollen                     | none
      [ ] weak legs [x] restless [x] numb feet [ ] swollen                | numbness:routine
      ☐ piernas que fallan ☑ inquietud ☐ adormecimiento ☐ hinchazón       | none
      ☐ piernas que fallan ☑ inquietud ☐ adormecimiento ☑ hinchazón       | swelling:soon
      ✅ Schwellung links ☐ Taubheit ☐ Schnarchen                         | swelling:urgent
      magnesium 300 ☑ diarrhoea ☐ nausea ☐ cramps ☐                       | none
      magnesium 300 ☑ diarrhoea ☑ nausea ☐                                | magnesium-side-effect:routine
      """)
  void readsTickBoxesBeforeOrAfterTheirItems(String notes, String expected) {
    assertThat(flags(notes)).isEqualTo(expected);
  }
}
