package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.report.SummaryFixtures.FIRST;
import static org.rlsviewer.report.SummaryFixtures.flag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitNotes;

class UrgencyLinesTest {

  @Test
  void oneLinePerOpenUrgentOrSoonRuleUrgentFirstWithItsNightsAndWhatToConsider() {
    Flag apnea = new Flag("apnea", "Snoring", Urgency.SOON, flag("x", Urgency.SOON, FIRST, "snored", "snored")
        .evidence(), "Snoring at night: consider sleep apnea screening (STOP-Bang); and more.", "b", "1");
    Flag swellingA = swelling(FIRST.plusDays(1));
    Flag swellingB = swelling(FIRST.plusDays(4));
    Flag swellingSameNight = swelling(FIRST.plusDays(4));
    Flag routine = flag("numbness", Urgency.ROUTINE, FIRST, "numb toes", "numb");

    List<UrgencyLines.Line> lines = UrgencyLines.of(List.of(apnea, swellingA, swellingB, swellingSameNight, routine),
        Review.empty());

    assertThat(lines).extracting(UrgencyLines.Line::text).containsExactly(
        "URGENT \u00b7 Swelling of the left leg \u00b7 2 nights, last 2025-03-05 \u00b7 consider same-day"
            + " assessment for deep vein thrombosis (Wells score, ultrasound)",
        "SOON \u00b7 Snoring \u00b7 1 night, last 2025-03-01 \u00b7 consider sleep apnea screening (STOP-Bang)");
    assertThat(lines).extracting(UrgencyLines.Line::urgency).containsExactly(Urgency.URGENT, Urgency.SOON);
  }

  @Test
  void reviewedFlagsLeaveTheBanner() {
    Flag swelling = swelling(FIRST);
    Review review = new Review(Map.of(swelling.key(), new ReviewDecision(swelling.key(), ReviewStatus.ACKNOWLEDGED,
        "", "", "", Instant.EPOCH)), new VisitNotes("", List.of()));

    assertThat(UrgencyLines.of(List.of(swelling), review)).isEmpty();
    assertThat(UrgencyLines.of(List.of(swelling), Review.empty())).hasSize(1);
  }

  @Test
  void aRationaleWithoutConsiderGivesNoClause() {
    assertThat(UrgencyLines.consider("Review the dose.")).isEmpty();
  }

  private static Flag swelling(java.time.LocalDate night) {
    Flag f = flag("swelling-one-leg", Urgency.URGENT, night, "left ankle swollen " + night, "swollen");
    return new Flag(f.ruleId(), "Swelling of the left leg", f.urgency(), f.evidence(),
        "Swelling of one leg: consider same-day assessment for deep vein thrombosis (Wells score, ultrasound).",
        f.basis(), f.ruleSetVersion());
  }
}
