package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryGaps;

class GapFinderTest {

  @Test
  void listsEveryMissingNightBetweenFirstAndLast() {
    DiaryGaps gaps = GapFinder.find(List.of(Night.on("2026-01-01").build(), Night.on("2026-01-02").build(),
        Night.on("2026-01-05").build(), Night.on("2026-01-07").build()));
    assertThat(gaps.missingNights()).containsExactly(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 4),
        LocalDate.of(2026, 1, 6));
    assertThat(gaps.nightsLogged()).isEqualTo(4);
    assertThat(gaps.tooShortForTrend()).isTrue();
  }

  @Test
  void fourteenNightsAreEnoughForATrendThirteenAreNot() {
    List<DiaryEntry> nights = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      nights.add(Night.on(LocalDate.of(2026, 1, 1).plusDays(2L * i)).build());
    }
    assertThat(GapFinder.find(nights).tooShortForTrend()).isFalse();
    assertThat(GapFinder.find(nights).missingNights()).hasSize(13);
    assertThat(GapFinder.find(nights.subList(0, 13)).tooShortForTrend()).isTrue();
  }

  @Test
  void anEmptyDiaryHasNoGapsAndIsTooShort() {
    DiaryGaps gaps = GapFinder.find(List.of());
    assertThat(gaps.missingNights()).isEmpty();
    assertThat(gaps.tooShortForTrend()).isTrue();
  }
}
