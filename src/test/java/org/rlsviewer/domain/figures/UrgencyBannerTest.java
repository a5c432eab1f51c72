package org.rlsviewer.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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

class UrgencyBannerTest {

  private static final String DVT = "Swelling of one leg: consider same-day assessment for deep vein thrombosis"
      + " (Wells score, ultrasound).";
  private static final String APNEA = "Snoring, breathing pauses or gasping at night: consider sleep apnea screening"
      + " (STOP-Bang) and a sleep study.";

  private static Flag flag(String rule, String title, Urgency urgency, int day, DiaryField field, String why) {
    return new Flag(rule, title, urgency, Evidence.wholeValue(LocalDate.of(2024, 5, day), field, "words"), why,
        "basis", "test", Certainty.DEFINITE);
  }

  private static Flag leftLeg(int day) {
    return flag("swelling", "Swelling of the left leg", Urgency.URGENT, day, DiaryField.NOTES, DVT);
  }

  private static Review decided(Map<Flag, ReviewStatus> statuses) {
    Map<String, ReviewDecision> decisions = new HashMap<>();
    statuses.forEach((f, s) -> decisions.put(f.key(),
        new ReviewDecision(f.key(), s, s == ReviewStatus.DISMISSED ? "reason" : "", "", "Dr A", Instant.EPOCH)));
    return new Review(decisions, VisitNotes.empty());
  }

  @Test
  void oneLinePerOpenUrgentOrSoonQuestionUrgentFirstWithNightsLastNightAndWhatToConsider() {
    List<Flag> flags = List.of(
        flag("apnea", "Snoring or breathing pauses at night", Urgency.SOON, 3, DiaryField.SNORING, APNEA),
        flag("apnea", "Snoring or breathing pauses at night", Urgency.SOON, 3, DiaryField.NOTES, APNEA),
        leftLeg(2), leftLeg(1), leftLeg(2),
        flag("swelling", "Swelling of the right leg", Urgency.URGENT, 4, DiaryField.NOTES, DVT),
        flag("numbness", "Numbness", Urgency.ROUTINE, 5, DiaryField.NOTES, "Numbness: consider B12."));

    UrgencyBanner banner = UrgencyBanner.of(flags, Review.empty());

    assertThat(banner.texts()).containsExactly(
        "URGENT \u00b7 swelling of the left leg \u00b7 2 nights, last 2024-05-02 \u00b7 consider same-day assessment"
            + " for deep vein thrombosis (Wells score, ultrasound)",
        "URGENT \u00b7 swelling of the right leg \u00b7 1 night, 2024-05-04 \u00b7 consider same-day assessment"
            + " for deep vein thrombosis (Wells score, ultrasound)",
        "SOON \u00b7 snoring or breathing pauses at night \u00b7 1 night, 2024-05-03 \u00b7 consider sleep apnea"
            + " screening (STOP-Bang) and a sleep study");
    assertThat(banner.hasUrgent()).isTrue();
    assertThat(banner.mostUrgent()).contains(Urgency.URGENT);
    assertThat(banner.lines().get(0).flags()).hasSize(3);
  }

  @Test
  void aQuestionLeavesTheBannerOnlyWhenEveryFlagOfItIsReviewed() {
    Flag first = leftLeg(1);
    Flag second = leftLeg(2);
    List<Flag> flags = List.of(first, second);

    UrgencyBanner oneReviewed = UrgencyBanner.of(flags, decided(Map.of(first, ReviewStatus.ACKNOWLEDGED)));
    assertThat(oneReviewed.lines()).singleElement().satisfies(line -> {
      assertThat(line.nights()).isEqualTo(2);
      assertThat(line.openNights()).isEqualTo(1);
    });

    UrgencyBanner allReviewed = UrgencyBanner.of(flags,
        decided(Map.of(first, ReviewStatus.ACKNOWLEDGED, second, ReviewStatus.DISMISSED)));
    assertThat(allReviewed.isEmpty()).isTrue();
    assertThat(allReviewed.hasUrgent()).isFalse();
    assertThat(allReviewed.mostUrgent()).isEmpty();
  }

  @Test
  void routineAndInfoFlagsNeverMakeABanner() {
    UrgencyBanner banner = UrgencyBanner.of(List.of(
        flag("numbness", "Numbness", Urgency.ROUTINE, 5, DiaryField.NOTES, "Numbness: consider B12."),
        flag("info", "Note", Urgency.INFO, 6, DiaryField.NOTES, "Just so you know.")), Review.empty());
    assertThat(banner.isEmpty()).isTrue();
  }

  @Test
  void theActionIsTheFirstConsiderOrReviewToTheEndOfItsSentence() {
    assertThat(UrgencyBanner.action(DVT))
        .isEqualTo("consider same-day assessment for deep vein thrombosis (Wells score, ultrasound)");
    assertThat(UrgencyBanner.action("Leg swelling, side not stated: review which side; if one leg, consider more."))
        .isEqualTo("review which side");
    assertThat(UrgencyBanner.action("Reconsidered later. Then consider iron.")).isEqualTo("consider iron");
    assertThat(UrgencyBanner.action("No advice here. Second sentence.")).isEqualTo("No advice here");
  }

  @Test
  void aQuestionWhoseFlagsAreAllPossibleSaysSoAndAnAbbreviationKeepsItsCapitals() {
    Flag possible = new Flag("apnea", "STOP-Bang score high", Urgency.SOON,
        Evidence.wholeValue(LocalDate.of(2024, 5, 9), DiaryField.NOTES, "x"), APNEA, "basis", "test",
        Certainty.POSSIBLE);
    assertThat(UrgencyBanner.of(List.of(possible), Review.empty()).texts()).containsExactly(
        "SOON \u00b7 STOP-Bang score high (possible) \u00b7 1 night, 2024-05-09 \u00b7 consider sleep apnea screening"
            + " (STOP-Bang) and a sleep study");
  }
}
