package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class WindowFitTest {

  private static final Dimension WANTED = new Dimension(1220, 800);
  private static final Dimension MINIMUM = new Dimension(900, 600);

  @Test
  void aLargeScreenGivesTheWantedSize() {
    Rectangle usable = new Rectangle(0, 0, 1920, 1040);
    assertThat(WindowFit.size(WANTED, usable)).isEqualTo(WANTED);
    assertThat(WindowFit.minimum(MINIMUM, usable)).isEqualTo(MINIMUM);
  }

  @Test
  void aScreenOf1024By768KeepsTheWindowInsideItsUsableArea() {
    Rectangle usable = new Rectangle(0, 0, 1024, 728); // a 40 px task bar below
    Dimension size = WindowFit.size(WANTED, usable);
    assertThat(size.width).isLessThanOrEqualTo(1024);
    assertThat(size.height).isLessThanOrEqualTo(728);
    Rectangle bounds = WindowFit.centred(size, usable);
    assertThat(usable.contains(bounds)).isTrue();
  }

  @Test
  void at200PercentScalingTheMinimumSizeShrinksToTheLogicalScreen() {
    Rectangle usable = new Rectangle(0, 0, 960, 516); // 1920×1080 at 200 %, less a task bar
    Dimension min = WindowFit.minimum(MINIMUM, usable);
    assertThat(min.width).isEqualTo(900);
    assertThat(min.height).isLessThan(516);
    Dimension size = WindowFit.size(WANTED, usable);
    assertThat(size.width).isLessThanOrEqualTo(960).isGreaterThanOrEqualTo(min.width);
    assertThat(size.height).isLessThanOrEqualTo(516).isGreaterThanOrEqualTo(min.height);
    assertThat(usable.contains(WindowFit.centred(size, usable))).isTrue();
  }

  @Test
  void aScreenWithATaskBarOnTheLeftPlacesTheWindowRightOfIt() {
    Rectangle usable = new Rectangle(64, 0, 1216, 1024);
    Rectangle bounds = WindowFit.centred(WindowFit.size(new Dimension(2000, 900), usable), usable);
    assertThat(bounds.x).isGreaterThanOrEqualTo(64);
    assertThat(bounds.x + bounds.width).isLessThanOrEqualTo(1280);
  }
}
