package org.rlsviewer.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rlsviewer.domain.LabResult;

/**
 * Reads the clinician's iron results against the AASM 2024 thresholds: iron is considered when
 * ferritin is at or below 75 ng/mL or transferrin saturation below 20%; between 75 and 100 ng/mL
 * only IV iron. A ferritin from the last {@value #RECENT_DAYS} days before the diary's last night
 * counts as recent: the test is then to repeat when due, not to order now.
 */
final class IronLabs {

  static final int RECENT_DAYS = 90;
  static final double IRON_THRESHOLD_FERRITIN = 75;
  static final double IV_ONLY_FERRITIN = 100;
  static final double IRON_THRESHOLD_TSAT = 20;

  private final Optional<LabResult> ferritin;
  private final Optional<LabResult> tsat;
  private final LocalDate reference;

  IronLabs(List<LabResult> labs, Optional<LocalDate> lastNight) {
    this.ferritin = latest(labs, "ferritin");
    this.tsat = latest(labs, "tsat");
    this.reference = lastNight.orElseGet(() -> labs.stream().map(LabResult::date).max(Comparator.naturalOrder())
        .orElse(LocalDate.MIN));
  }

  private static Optional<LabResult> latest(List<LabResult> labs, String test) {
    return labs.stream().filter(l -> l.test().equals(test)).max(Comparator.comparing(LabResult::date));
  }

  boolean recentFerritin() {
    return ferritin.isPresent() && !ferritin.get().date().isBefore(reference.minusDays(RECENT_DAYS));
  }

  /** True when the latest ferritin or TSAT meets the AASM threshold for considering iron. */
  boolean thresholdMet() {
    return lowFerritin() || lowTsat();
  }

  private boolean lowFerritin() {
    return ferritin.map(f -> f.value() <= IRON_THRESHOLD_FERRITIN).orElse(false);
  }

  private boolean lowTsat() {
    return tsat.map(t -> t.value() < IRON_THRESHOLD_TSAT).orElse(false);
  }

  /**
   * For the ferritin test's heading: ": AASM iron threshold met (ferritin 40 ng/mL)" when the
   * results meet it, naming the values that do; else empty.
   */
  String thresholdHeading() {
    if (!thresholdMet()) {
      return "";
    }
    List<String> values = new java.util.ArrayList<>();
    if (lowFerritin()) {
      values.add("ferritin " + number(ferritin.get().value()) + " ng/mL");
    }
    if (lowTsat()) {
      values.add("TSAT " + number(tsat.get().value()) + "%");
    }
    return ": AASM iron threshold met (" + String.join(", ", values) + ")";
  }

  /** A sentence on the iron results for the ferritin test's reason; empty when there are none. */
  String summary() {
    if (ferritin.isEmpty() && tsat.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder(recentFerritin() ? "Recent result: " : "Last result: ");
    ferritin.ifPresent(f -> s.append(String.format(Locale.ROOT, "ferritin %s ng/mL on %s", number(f.value()),
        f.date())));
    tsat.ifPresent(t -> s.append(ferritin.isPresent() ? ", " : "").append(String.format(Locale.ROOT,
        "TSAT %s%% on %s", number(t.value()), t.date())));
    s.append(". ");
    if (thresholdMet()) {
      s.append("This meets the AASM 2024 threshold for considering iron (ferritin \u2264 75 ng/mL or TSAT < 20%).");
    } else if (ferritin.map(f -> f.value() <= IV_ONLY_FERRITIN).orElse(false)) {
      s.append("Ferritin 75-100 ng/mL: AASM 2024 allows IV iron only.");
    } else if (ferritin.isPresent()) {
      s.append("Above the AASM 2024 iron thresholds.");
    }
    if (ferritin.isPresent()) {
      s.append(recentFerritin() ? " Repeat when due rather than now."
          : " More than 3 months before the diary ended: consider repeating.");
    }
    return s.toString().strip();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
