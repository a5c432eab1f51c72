package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.ShownText;

class BoundedReadingTest {

  private static final String FILLER = "Slept badly and read a book for a while. ";

  private static String padding(int length) {
    return FILLER.repeat(length / FILLER.length() + 1).substring(0, length);
  }

  private static List<Flag> flags(String note) {
    DiaryEntry night = new DiaryEntry(2, LocalDate.of(2024, 1, 1), 5, null, null, "", null, null, null, null, null,
        null, null, null, null, null, "", "", "", null, null, "", note, Map.of());
    return new DiaryAnalyser().analyse(new Diary(Patient.unknown(), Map.of(), List.of(night), List.of())).flags();
  }

  @Test
  void aTextWithinTheLimitIsReadAsTheReaderReadsIt() {
    String note = padding(ShownText.READ_LIMIT - 200) + "My left ankle is swollen.";
    assertThat(note.length()).isLessThanOrEqualTo(ShownText.READ_LIMIT);
    assertThat(BoundedReading.read(note, MultilingualReader.builtIn()))
        .isEqualTo(MultilingualReader.builtIn().read(note));
  }

  @Test
  void aRedFlagBeyondTheLimitIsFoundAsPossibleWithItsPlaceInTheWholeNote() {
    String head = padding(ShownText.READ_LIMIT + 5_000);
    String note = head + "Tonight my left ankle is swollen. " + padding(50_000);
    List<Flag> flags = flags(note);

    assertThat(flags).extracting(Flag::ruleId).contains("swelling");
    Flag swelling = flags.stream().filter(f -> f.ruleId().equals("swelling")).findFirst().orElseThrow();
    assertThat(swelling.certainty()).isEqualTo(Certainty.POSSIBLE);
    assertThat(swelling.evidence().start()).isGreaterThan(head.length());
    assertThat(note.substring(swelling.evidence().start(), swelling.evidence().end()))
        .isEqualTo(swelling.evidence().matched()).contains("swollen");
  }

  @Test
  void theSameRedFlagWithinTheLimitStaysDefinite() {
    List<Flag> flags = flags("Tonight my left ankle is swollen. " + padding(ShownText.READ_LIMIT * 2));
    assertThat(flags).filteredOn(f -> f.ruleId().equals("swelling")).extracting(Flag::certainty)
        .containsExactly(Certainty.DEFINITE);
  }

  @Test
  void aDeniedFindingBeyondTheLimitStaysSetAside() {
    List<Flag> flags = flags(padding(ShownText.READ_LIMIT + 3_000) + "No weakness in my legs at all. "
        + padding(3_000));
    assertThat(flags).extracting(Flag::ruleId).doesNotContain("weakness");
  }

  @Test
  void invisibleCharactersBeyondTheLimitHideNoCue() {
    List<Flag> flags = flags(padding(ShownText.READ_LIMIT + 3_000) + "My left ankle is swo\u200Bl\u00ADlen. "
        + padding(3_000));
    assertThat(flags).extracting(Flag::ruleId).contains("swelling");
  }

  @Test
  void aRunawayTokenOrARepeatedCueWordOpensABoundedNumberOfWindows() {
    assertThat(BoundedReading.read("w".repeat(2_000_000), MultilingualReader.builtIn())).isEmpty();
    String repeated = padding(ShownText.READ_LIMIT) + "my legs are numb and weak, ".repeat(10_000);
    List<Mention> mentions = BoundedReading.read(repeated, MultilingualReader.builtIn());
    long beyond = mentions.stream().filter(m -> m.start() >= ShownText.READ_LIMIT).count();
    assertThat(beyond).isPositive().isLessThanOrEqualTo(
        (long) BoundedReading.MAX_WINDOWS * (2 * BoundedReading.CONTEXT + 40));
  }

  @Test
  void theHeadIsCutAtASpaceBeforeTheLimit() {
    String text = "abc ".repeat(ShownText.READ_LIMIT);
    int cut = BoundedReading.boundaryBefore(text, ShownText.READ_LIMIT, 0);
    assertThat(cut).isLessThanOrEqualTo(ShownText.READ_LIMIT).isGreaterThan(ShownText.READ_LIMIT - 4);
    assertThat(text.charAt(cut - 1)).isEqualTo(' ');
  }
}
