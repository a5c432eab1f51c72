package org.rlsviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rlsviewer.ColourVision.Lab;
import org.rlsviewer.ColourVision.Vision;

class ColourVisionTest {

  @ParameterizedTest(name = "#{0}{1}{2} is L*a*b* {3} {4} {5}")
  @CsvSource({
      "255, 255, 255, 100.00,   0.00,    0.00",
      "0,   0,   0,     0.00,   0.00,    0.00",
      "255, 0,   0,    53.24,  80.09,   67.20",
      "0,   255, 0,    87.73, -86.18,   83.18",
      "0,   0,   255,  32.30,  79.19, -107.86",
      "128, 128, 128,  53.59,   0.00,    0.00",
  })
  void convertsSrgbToLab(int r, int g, int b, double l, double a, double bb) {
    Lab lab = ColourVision.lab(new Color(r, g, b));
    assertThat(lab.l()).isCloseTo(l, within(0.02));
    assertThat(lab.a()).isCloseTo(a, within(0.02));
    assertThat(lab.b()).isCloseTo(bb, within(0.02));
  }

  /** Pairs from Sharma, Wu and Dalal (2005), table 1, chosen to cover the hue wrap-around cases. */
  @ParameterizedTest(name = "pair {0}")
  @CsvSource({
      "1,  50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425",
      "7,  50, 0, 0, 50, -1, 2, 2.3669",
      "9,  50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792",
      "11, 50, 2.49, -0.001, 50, -2.49, 0.0011, 7.2195",
      "13, 50, -0.001, 2.49, 50, 0.0009, -2.49, 4.8045",
      "15, 50, -0.001, 2.49, 50, 0.0011, -2.49, 4.7461",
      "16, 50, 2.5, 0, 50, 0, -2.5, 4.3065",
      "17, 50, 2.5, 0, 73, 25, -18, 27.1492",
      "18, 50, 2.5, 0, 61, -5, 29, 22.8977",
      "19, 50, 2.5, 0, 56, -27, -3, 31.9030",
      "20, 50, 2.5, 0, 58, 24, 15, 19.4535",
  })
  void matchesPublishedCiede2000TestData(int pair, double l1, double a1, double b1, double l2, double a2,
      double b2, double expected) {
    assertThat(ColourVision.deltaE2000(new Lab(l1, a1, b1), new Lab(l2, a2, b2))).isCloseTo(expected, within(1e-4));
    assertThat(ColourVision.deltaE2000(new Lab(l2, a2, b2), new Lab(l1, a1, b1))).isCloseTo(expected, within(1e-4));
  }

  @ParameterizedTest(name = "{0} as {3}: {4} {5}")
  @CsvSource(textBlock = """
      # a red and a green of almost the same luminance: the classic traffic-light pair
      red and green, d03030, 3c8c3c, NORMAL,       >,       60,
      red and green, d03030, 3c8c3c, TRITANOPIA,   >,       55,
      red and green, d03030, 3c8c3c, DEUTERANOPIA, <,        6,
      red and green, d03030, 3c8c3c, GREY,         <,        6,
      # protanopes see red darker, so this pair stays further apart for them than for deuteranopes
      red and green, d03030, 3c8c3c, PROTANOPIA,   between, 12, 20
      # a red and a darker olive collapse for protanopes
      red and olive, d03030, 5a6e28, NORMAL,       >,       45,
      red and olive, d03030, 5a6e28, PROTANOPIA,   <,        9,
      red and olive, d03030, 5a6e28, TRITANOPIA,   >,       35,
      """)
  void colourPairsCollapseOnlyForTheVisionsThatConfuseThem(String pair, String first, String second, Vision vision,
      String relation, double bound, Double upper) {
    double distance = ColourVision.distance(new Color(Integer.parseInt(first, 16)),
        new Color(Integer.parseInt(second, 16)), vision);
    switch (relation) {
      case ">" -> assertThat(distance).isGreaterThan(bound);
      case "<" -> assertThat(distance).isLessThan(bound);
      case "between" -> assertThat(distance).isBetween(bound, upper);
      default -> throw new IllegalArgumentException(relation);
    }
  }

  @Test
  void simulationKeepsGreysAndBlackAndWhite() {
    for (Vision vision : Vision.values()) {
      assertThat(ColourVision.simulate(Color.WHITE, vision)).isEqualTo(Color.WHITE);
      assertThat(ColourVision.simulate(Color.BLACK, vision)).isEqualTo(Color.BLACK);
      Color grey = ColourVision.simulate(new Color(0x77, 0x77, 0x77), vision);
      assertThat(Math.abs(grey.getRed() - 0x77)).as("%s", vision).isLessThanOrEqualTo(1);
      assertThat(Math.abs(grey.getBlue() - 0x77)).as("%s", vision).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void blueAndYellowCollapseTowardsEachOtherOnlyForTritanopia() {
    // Tritanopes confuse blue-violet with green-grey; pure blue and a matching teal come close.
    Color blue = new Color(0x00, 0x66, 0xcc);
    Color teal = new Color(0x00, 0x80, 0x80);
    double tritan = ColourVision.distance(blue, teal, Vision.TRITANOPIA);
    assertThat(tritan).isLessThan(ColourVision.distance(blue, teal, Vision.NORMAL) / 2);
    assertThat(tritan).isLessThan(ColourVision.distance(blue, teal, Vision.DEUTERANOPIA));
  }

  @ParameterizedTest(name = "contrast #{0} on #{1} is {2}")
  @CsvSource({
      "000000, ffffff, 21.0",
      "ffffff, ffffff, 1.0",
      "767676, ffffff, 4.54",
      "777777, ffffff, 4.48",
  })
  void computesWcagContrast(String fg, String bg, double expected) {
    assertThat(ColourVision.contrast(Color.decode("#" + fg), Color.decode("#" + bg))).isCloseTo(expected, within(0.01));
  }
}
