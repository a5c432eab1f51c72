package org.rlsviewer.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitNotes;

class FlagGroupTest {

  private static Flag swelling(int day, Certainty certainty) {
    return new Flag("swelling", "One leg swollen", Urgency.URGENT,
        Evidence.wholeValue(LocalDate.of(2025, 3, day), DiaryField.NOTES, "left ankle swollen"), "why", "basis",
        "2026.12-1", certainty);
  }

  @Test
  void flagsOfOneRuleAndWordingAreOneGroupUnlessCertaintySplitsThem() {
    List<Flag> flags = List.of(swelling(10, Certainty.DEFINITE), swelling(10, Certainty.DEFINITE),
        swelling(13, Certainty.POSSIBLE));
    List<FlagGroup> together = FlagGroup.of(flags, false);
    assertThat(together).hasSize(1);
    assertThat(together.get(0).nights()).containsExactly("2025-03-10", "2025-03-13");
    assertThat(together.get(0).certainty()).isEqualTo("possible on 1 of 3 flags");
    List<FlagGroup> split = FlagGroup.of(flags, true);
    assertThat(split).extracting(FlagGroup::certainty).containsExactly("definite", "possible");
  }

  @Test
  void theOpenCountLeavesOutDecidedFlagsButCountsOnesSetBackToOpen() {
    Flag a = swelling(10, Certainty.DEFINITE);
    Flag b = swelling(11, Certainty.DEFINITE);
    Flag c = swelling(12, Certainty.DEFINITE);
    Instant at = Instant.parse("2025-04-01T10:00:00Z");
    Review review = new Review(Map.of(
        a.key(), new ReviewDecision(a.key(), ReviewStatus.ACKNOWLEDGED, "", "", "Dr Lane", at),
        b.key(), new ReviewDecision(b.key(), ReviewStatus.OPEN, "", "undone", "Dr Lane", at)), VisitNotes.empty());
    assertThat(review.openCount(List.of(a, b, c))).isEqualTo(2);
    assertThat(Review.empty().openCount(List.of(a, b, c))).isEqualTo(3);
  }
}
