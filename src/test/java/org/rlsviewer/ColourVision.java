package org.rlsviewer;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rlsviewer.domain.Urgency;

/**
 * How colours look to readers with a colour vision deficiency or on a grey-scale print, and how far
 * apart two colours are for a person: the measuring tool behind the palette tests.
 *
 * <p>Dichromacy is simulated with the severity-1.0 matrices of Machado, Oliveira and Fernandes
 * (2009), applied to linear RGB. Grey-scale is the WCAG relative luminance, shown as a neutral grey.
 * Distance is CIEDE2000 in CIELAB (D65 white, sRGB primaries).
 */
public final class ColourVision {

  /** A way of seeing colour. */
  public enum Vision {
    NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
    PROTANOPIA(new double[][] {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}),
    GREY(null);

    private final double[][] matrix;

    Vision(double[][] matrix) {
      this.matrix = matrix;
    }
  }

  /** A colour in CIELAB. */
  public record Lab(double l, double a, double b) {}

  private ColourVision() {}

  /** The colour as the given reader sees it, back in sRGB (clipped to the displayable range). */
  public static Color simulate(Color c, Vision vision) {
    double[] rgb = linear(c);
    double[] out = new double[3];
    if (vision == Vision.GREY) {
      double y = luminance(c);
      out[0] = y;
      out[1] = y;
      out[2] = y;
    } else {
      for (int i = 0; i < 3; i++) {
        out[i] = vision.matrix[i][0] * rgb[0] + vision.matrix[i][1] * rgb[1] + vision.matrix[i][2] * rgb[2];
      }
    }
    return new Color(encode(out[0]), encode(out[1]), encode(out[2]));
  }

  /** WCAG 2 relative luminance, 0 (black) to 1 (white). */
  public static double luminance(Color c) {
    double[] rgb = linear(c);
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  /** WCAG 2 contrast ratio, 1 to 21, whichever colour is lighter. */
  public static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** WCAG 2 contrast ratio of two colours as the given reader sees them. */
  public static double contrast(Color a, Color b, Vision vision) {
    return contrast(simulate(a, vision), simulate(b, vision));
  }

  /** How far apart two urgencies' colours are for one kind of reader (CIEDE2000). */
  public record PairDistance(Vision vision, Urgency one, Urgency other, double distance) {}

  /** Every pair of different urgencies' colours, for every kind of reader. */
  public static List<PairDistance> urgencyPairs(Function<Urgency, Color> colour) {
    List<PairDistance> pairs = new ArrayList<>();
    Urgency[] all = Urgency.values();
    for (Vision vision : Vision.values()) {
      for (int i = 0; i < all.length; i++) {
        for (int j = i + 1; j < all.length; j++) {
          pairs.add(new PairDistance(vision, all[i], all[j], distance(colour.apply(all[i]), colour.apply(all[j]), vision)));
        }
      }
    }
    return pairs;
  }

  /** CIEDE2000 distance between two colours as the given reader sees them. */
  public static double distance(Color a, Color b, Vision vision) {
    return deltaE2000(lab(simulate(a, vision)), lab(simulate(b, vision)));
  }

  /** sRGB to CIELAB under D65. */
  public static Lab lab(Color c) {
    double[] rgb = linear(c);
    double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
    double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
    double fx = f(x / 0.95047);
    double fy = f(y);
    double fz = f(z / 1.08883);
    return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
  }

  /** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005 formulation; kL = kC = kH = 1). */
  public static double deltaE2000(Lab one, Lab two) {
    double c1 = Math.hypot(one.a(), one.b());
    double c2 = Math.hypot(two.a(), two.b());
    double cMean7 = Math.pow((c1 + c2) / 2, 7);
    double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
    double a1 = (1 + g) * one.a();
    double a2 = (1 + g) * two.a();
    double cp1 = Math.hypot(a1, one.b());
    double cp2 = Math.hypot(a2, two.b());
    double h1 = hueDegrees(a1, one.b());
    double h2 = hueDegrees(a2, two.b());

    double dL = two.l() - one.l();
    double dC = cp2 - cp1;
    double dh = 0;
    if (cp1 * cp2 != 0) {
      dh = h2 - h1;
      if (dh > 180) {
        dh -= 360;
      } else if (dh < -180) {
        dh += 360;
      }
    }
    double dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(Math.toRadians(dh / 2));

    double lMean = (one.l() + two.l()) / 2;
    double cpMean = (cp1 + cp2) / 2;
    double hMean = h1 + h2;
    if (cp1 * cp2 != 0) {
      if (Math.abs(h1 - h2) <= 180) {
        hMean = (h1 + h2) / 2;
      } else if (h1 + h2 < 360) {
        hMean = (h1 + h2 + 360) / 2;
      } else {
        hMean = (h1 + h2 - 360) / 2;
      }
    }
    double t = 1 - 0.17 * cos(hMean - 30) + 0.24 * cos(2 * hMean) + 0.32 * cos(3 * hMean + 6)
        - 0.20 * cos(4 * hMean - 63);
    double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
    double cpMean7 = Math.pow(cpMean, 7);
    double rc = 2 * Math.sqrt(cpMean7 / (cpMean7 + Math.pow(25, 7)));
    double l50 = (lMean - 50) * (lMean - 50);
    double sl = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
    double sc = 1 + 0.045 * cpMean;
    double sh = 1 + 0.015 * cpMean * t;
    double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
    double l = dL / sl;
    double c = dC / sc;
    double h = dH / sh;
    return Math.sqrt(l * l + c * c + h * h + rt * c * h);
  }

  private static double hueDegrees(double a, double b) {
    if (a == 0 && b == 0) {
      return 0;
    }
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }

  private static double cos(double degrees) {
    return Math.cos(Math.toRadians(degrees));
  }

  private static double f(double t) {
    double delta = 6.0 / 29;
    return t > delta * delta * delta ? Math.cbrt(t) : t / (3 * delta * delta) + 4.0 / 29;
  }

  private static double[] linear(Color c) {
    return new double[] {toLinear(c.getRed()), toLinear(c.getGreen()), toLinear(c.getBlue())};
  }

  private static double toLinear(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  private static int encode(double linear) {
    double v = Math.min(1, Math.max(0, linear));
    double s = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    return (int) Math.round(s * 255);
  }
}
