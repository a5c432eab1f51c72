package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.rlsviewer.ColourVision;
import org.rlsviewer.ColourVision.Vision;
import org.rlsviewer.domain.Urgency;

/**
 * The PDF's urgency tags stay apart for readers with red-green or blue-yellow colour blindness and
 * on a grey-scale print, and their word stays readable on them (docs/decisions/0011).
 */
class UrgencyTagColoursTest {

  /** CIEDE2000 between two tag fills: about ten just-noticeable differences, for small patches seen apart. */
  static final double MIN_FILL_DISTANCE = 10;
  /** Lightness steps between neighbouring urgencies once printed in grey, urgent darkest. */
  static final double MIN_GREY_STEP = 12;
  /** WCAG 2 AA for normal-size text; the tag's word is 7.5 pt bold. */
  static final double MIN_TEXT_CONTRAST = 4.5;

  @Test
  void everyPairOfTagsStaysApartForEachKindOfColourVision() {
    SoftAssertions soft = new SoftAssertions();
    for (var pair : ColourVision.urgencyPairs(VisitSummaryPdf::colour)) {
      soft.assertThat(pair.distance()).as("%s: %s vs %s tag fill, CIEDE2000", pair.vision(), pair.one(), pair.other())
          .isGreaterThanOrEqualTo(MIN_FILL_DISTANCE);
    }
    soft.assertAll();
  }

  @Test
  void inGreyTheTagsGetLighterStepByStepFromUrgentToInfo() {
    SoftAssertions soft = new SoftAssertions();
    Urgency[] all = Urgency.values();
    for (int i = 0; i + 1 < all.length; i++) {
      double darker = greyLightness(VisitSummaryPdf.colour(all[i]));
      double lighter = greyLightness(VisitSummaryPdf.colour(all[i + 1]));
      soft.assertThat(lighter - darker).as("grey L* step from %s (%.1f) to %s (%.1f)", all[i], darker, all[i + 1],
          lighter).isGreaterThanOrEqualTo(MIN_GREY_STEP);
    }
    soft.assertAll();
  }

  @Test
  void everyTagStillShowsOnWhitePaperInGrey() {
    for (Urgency urgency : Urgency.values()) {
      assertThat(ColourVision.distance(VisitSummaryPdf.colour(urgency), Color.WHITE, Vision.GREY))
          .as("%s tag against the page", urgency).isGreaterThanOrEqualTo(MIN_FILL_DISTANCE);
    }
  }

  @Test
  void theWordOnEveryTagIsReadableForEachKindOfColourVision() {
    SoftAssertions soft = new SoftAssertions();
    for (Urgency urgency : Urgency.values()) {
      for (Vision vision : Vision.values()) {
        double contrast = ColourVision.contrast(VisitSummaryPdf.textColour(urgency), VisitSummaryPdf.colour(urgency),
            vision);
        soft.assertThat(contrast).as("%s: %s tag text contrast", vision, urgency)
            .isGreaterThanOrEqualTo(MIN_TEXT_CONTRAST);
      }
    }
    soft.assertAll();
  }

  private static double greyLightness(Color c) {
    return ColourVision.lab(ColourVision.simulate(c, Vision.GREY)).l();
  }
}
