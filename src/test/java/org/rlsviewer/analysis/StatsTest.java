package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void aSharedValueIsTheSameValueAsItsOwn() {
    for (double v : new double[] {0, 0.5, 1, 7.5, 480, 1999.5, 2000, 2000.5, 2001, 3.25, 93.75, -0.0, -0.5, -3,
        1e9, Double.NaN, Double.POSITIVE_INFINITY}) {
      OptionalDouble shared = Stats.shared(v);
      assertThat(shared).isEqualTo(OptionalDouble.of(v));
      assertThat(Double.doubleToRawLongBits(shared.getAsDouble())).isEqualTo(Double.doubleToRawLongBits(v));
    }
    assertThat(Stats.shared(7.5)).isSameAs(Stats.shared(7.5));
  }

  @Test
  void mediansAreUnchanged() {
    assertThat(Stats.median(List.of(3, 1, 2))).hasValue(2.0);
    assertThat(Stats.median(List.of(3, 4))).hasValue(3.5);
    assertThat(Stats.median(List.of(91.2, 93.75))).hasValue((91.2 + 93.75) / 2);
    assertThat(Stats.median(List.of())).isEmpty();
  }
}
