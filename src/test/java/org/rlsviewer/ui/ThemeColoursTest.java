package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import org.assertj.core.api.SoftAssertions;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rlsviewer.ColourVision;
import org.rlsviewer.ColourVision.Vision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.Urgency;

/**
 * The colours the window really uses, read from each theme the way the program installs it: urgency
 * chips stay apart for colour-blind readers and in grey, and every coloured word stays readable
 * (docs/decisions/0011).
 */
class ThemeColoursTest {

  /** CIEDE2000 between two chip fills: about ten just-noticeable differences, for small patches seen apart. */
  static final double MIN_FILL_DISTANCE = 10;
  /** WCAG 2 AA for normal-size text. */
  static final double MIN_TEXT_CONTRAST = 4.5;
  /** WCAG 2 AA for graphics that carry meaning, such as the chart's selected-night marker. */
  static final double MIN_GRAPHIC_CONTRAST = 3;

  private static LookAndFeel before;

  @BeforeAll
  static void remember() {
    before = UIManager.getLookAndFeel();
  }

  @AfterAll
  static void restore() throws Exception {
    if (before != null) {
      GuiActionRunner.execute(() -> UIManager.setLookAndFeel(before));
    }
  }

  @InBothThemes
  void everyUrgencyHasItsOwnColoursInTheTheme(boolean dark) {
    install(dark);
    for (Urgency urgency : Urgency.values()) {
      String key = "RlsViewer.urgency." + urgency.name().toLowerCase(Locale.ROOT);
      assertThat(UIManager.getColor(key + ".background")).as(key + ".background").isNotNull();
      assertThat(UIManager.getColor(key + ".foreground")).as(key + ".foreground").isNotNull();
    }
  }

  @InBothThemes
  void urgencyChipsStayApartForEachKindOfColourVisionAndInGrey(boolean dark) {
    softlyIn(dark, soft -> {
      for (var pair : ColourVision.urgencyPairs(UrgencyStyle::background)) {
        soft.assertThat(pair.distance())
            .as("%s theme, %s: %s vs %s chip, CIEDE2000", name(dark), pair.vision(), pair.one(), pair.other())
            .isGreaterThanOrEqualTo(MIN_FILL_DISTANCE);
      }
    });
  }

  @InBothThemes
  void theUrgencyWordIsReadableOnItsChipForEachKindOfColourVision(boolean dark) {
    softlyIn(dark, soft -> {
      for (Urgency urgency : Urgency.values()) {
        for (Vision vision : Vision.values()) {
          double contrast = ColourVision.contrast(UrgencyStyle.foreground(urgency), UrgencyStyle.background(urgency),
              vision);
          soft.assertThat(contrast).as("%s theme, %s: %s chip text contrast", name(dark), vision, urgency)
              .isGreaterThanOrEqualTo(MIN_TEXT_CONTRAST);
        }
      }
    });
  }

  @InBothThemes
  void reviewStatusWordsAreReadableOnTheFlagList(boolean dark) {
    softlyIn(dark, soft -> {
      Color list = UIManager.getColor("List.background");
      for (ReviewStatus status : ReviewStatus.values()) {
        soft.assertThat(ColourVision.contrast(QueueRowRenderer.statusColour(status), list))
            .as("%s theme: %s status text contrast", name(dark), status).isGreaterThanOrEqualTo(MIN_TEXT_CONTRAST);
      }
      for (String background : new String[] {"List.background", "EditorPane.background", "Panel.background"}) {
        soft.assertThat(ColourVision.contrast(UrgencyStyle.muted(), UIManager.getColor(background)))
            .as("%s theme: muted text on %s", name(dark), background).isGreaterThanOrEqualTo(MIN_TEXT_CONTRAST);
      }
    });
  }

  @InBothThemes
  void thePossibleTagIsReadableInTheFlagListAndTheEvidencePaneForEachKindOfColourVision(boolean dark) {
    softlyIn(dark, soft -> {
      for (String background : new String[] {"List.background", "EditorPane.background"}) {
        for (Vision vision : Vision.values()) {
          double contrast = ColourVision.contrast(CertaintyStyle.foreground(), UIManager.getColor(background), vision);
          soft.assertThat(contrast).as("%s theme, %s: possible tag on %s", name(dark), vision, background)
              .isGreaterThanOrEqualTo(MIN_TEXT_CONTRAST);
        }
      }
      soft.assertThat(UIManager.getColor("RlsViewer.certainty.possible.foreground")).as("the theme's colour")
          .isNotNull();
    });
  }

  @InBothThemes
  void theChartsSelectedNightMarkerStandsOutFromThePlot(boolean dark) {
    install(dark);
    Color marker = UIManager.getColor("RlsViewer.chart.selection");
    Color plot = UIManager.getColor("RlsViewer.chart.background");
    for (Vision vision : Vision.values()) {
      assertThat(ColourVision.contrast(marker, plot, vision))
          .as("%s theme, %s: selection marker contrast", name(dark), vision)
          .isGreaterThanOrEqualTo(MIN_GRAPHIC_CONTRAST);
    }
  }

  /** Runs a test once in the light and once in the dark theme. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ParameterizedTest(name = "dark theme {0}")
  @ValueSource(booleans = {false, true})
  @interface InBothThemes {
  }

  /** Installs the theme, then reports every failed check at once. */
  private static void softlyIn(boolean dark, Consumer<SoftAssertions> checks) {
    install(dark);
    SoftAssertions.assertSoftly(checks);
  }

  private static void install(boolean dark) {
    GuiActionRunner.execute(() -> Theme.install(dark));
  }

  private static String name(boolean dark) {
    return dark ? "dark" : "light";
  }
}
