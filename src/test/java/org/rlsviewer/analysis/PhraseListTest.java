package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The phrase lists of resource files: alternatives, word starts and ends, any one word, several lines per name. */
class PhraseListTest {

  private static final PhraseList LIST = PhraseList.parse(List.of(
      "# a comment",
      "cause\tnew shoes|boots",
      "cause\tmosquito*|*stich",
      "cause\tvor * wochen",
      "other\tarm|arms"), "test");

  @Test
  void readsAlternativesWordStartsAndEndsAndAnyWord() {
    Pattern cause = LIST.words("cause");
    assertThat(cause.matcher("the NEW BOOTS rub").find()).isTrue();
    assertThat(cause.matcher("mosquitoes again").find()).isTrue();
    assertThat(cause.matcher("ein Wespenstich am Knöchel").find()).isTrue();
    assertThat(cause.matcher("vor drei Wochen").find()).isTrue();
    assertThat(cause.matcher("new socks").find()).isFalse();
    assertThat(cause.matcher("stichhaltig").find()).isFalse();
    assertThat(cause.matcher("vor Wochen").find()).isFalse();
  }

  @Test
  void keepsNamesApartAndQuotesRegexCharacters() {
    PhraseList dots = PhraseList.parse(List.of("x\ta.b"), "test");
    assertThat(dots.words("x").matcher("a.b").find()).isTrue();
    assertThat(dots.words("x").matcher("axb").find()).isFalse();
    assertThat(LIST.words("other").matcher("new shoes").find()).isFalse();
    assertThatThrownBy(() -> LIST.group("none")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PhraseList.parse(List.of("no tab here"), "test"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theShippedListsRead() {
    assertThat(CauseWords.localCauseAround("Mückenstich an der linken Wade, geschwollen", 30, 41)).isTrue();
    assertThat(CauseWords.otherPartBefore("burnt my forearm on the oven, blistered and swollen", 44, 51)).isTrue();
    assertThat(CauseWords.otherPartBefore("both legs and hands swollen", 20, 27)).isFalse();
  }
}
