package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.swing.JTable;
import javax.swing.Timer;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.service.DiaryService;

/**
 * A 40,000-night diary: the window stays usable while it is read and analysed (menus open and
 * close, Cancel is offered), and opening it can be cancelled. How long the Event Dispatch Thread is
 * busy is printed for the record but not asserted: timings belong in the benchmark
 * ({@code bench/run.sh}, which opens 100,000 nights), measured side by side, not in a test on a
 * shared machine.
 * The service's clock stands in the year 2400 so that the long synthetic diary's nights are not
 * after "tomorrow".
 */
class LargeImportGuiTest extends WindowTestCase {

  private static final int ROWS = 40_000;
  private static final int PERIOD_MS = 10;

  @TempDir static Path temp;
  private static Path large;

  @BeforeAll
  static void writeLargeDiary() throws IOException {
    large = temp.resolve("forty-thousand-nights.csv");
    LocalDate first = LocalDate.of(2024, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
      out.write("# patient_id: SYN-100K\n# name: Synthetic Long Diary\n");
      out.write("date,severity,sleep_latency_min,awakenings,caffeine_mg,alcohol_units,notes\n");
      for (int i = 0; i < ROWS; i++) {
        String note = i % 50 == 0 ? "\"legs restless, walked about\"" : "";
        out.write(first.plusDays(i) + "," + (i % 11) + "," + (i * 7 % 90) + "," + (i % 5) + ","
            + (i * 13 % 300) + "," + (i % 4) * 0.5 + "," + note + "\n");
      }
    }
  }

  @BeforeEach
  void openWindow() {
    window = gui.show(new DiaryService(
        java.time.Clock.fixed(java.time.Instant.parse("2400-01-01T00:00:00Z"), java.time.ZoneId.of("UTC")), "test"));
  }

  @Test
  void theWindowStaysUsableWhileALargeDiaryOpens() {
    AtomicLong last = new AtomicLong();
    AtomicLong longestGap = new AtomicLong();
    Timer probe = GuiActionRunner.execute(() -> {
      Timer t = new Timer(PERIOD_MS, e -> {
        long now = System.nanoTime();
        long before = last.getAndSet(now);
        if (before != 0) {
          longestGap.accumulateAndGet(now - before, Math::max);
        }
      });
      t.setCoalesce(true);
      t.start();
      return t;
    });
    DispatchProbe dispatch = DispatchProbe.install();
    long started = System.nanoTime();
    GuiActionRunner.execute(() -> windowOf(window).openDiary(large));
    window.button("cancelOpen").requireVisible().requireEnabled();
    window.menuItem("menu.file").click();
    window.menuItem("menu.file.open").requireVisible();
    window.label("statusLabel").click(); // a click elsewhere closes the menu (Esc would cancel the opening)
    try {
      waitFor("the diary to open", () -> rowCount() == ROWS, 300_000);
    } catch (org.assertj.swing.exception.WaitTimedOutError e) {
      throw new AssertionError("the diary did not open: " + rowCount() + " rows; status "
          + window.label("statusLabel").text(), e);
    }
    // let the first paint of the charts and table happen while still measuring
    Pause.pause(1_000);
    GuiActionRunner.execute(probe::stop);
    dispatch.remove();
    long timerLateMs = (longestGap.get() / 1_000_000) - PERIOD_MS;
    System.out.printf("large diary opened in %d ms; longest event on the EDT %d ms (%s); "
        + "10 ms timer at worst %d ms late%n", (System.nanoTime() - started) / 1_000_000,
        dispatch.longestMillis(), dispatch.longestEvent(), timerLateMs);
    assertThat(window.label("statusLabel").text())
        .contains(java.text.NumberFormat.getIntegerInstance().format(ROWS) + " nights imported");
  }

  @Test
  void openingCanBeCancelled() {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(large));
    window.button("cancelOpen").requireVisible().requireEnabled().click();
    waitFor("the cancellation to show", () -> window.label("statusLabel").text().contains("cancelled"), 2_000);
    window.menuItem("menu.file.open").requireEnabled();
    window.menuItem("menu.file.exportPdf").requireDisabled();
    assertThat(rowCount()).isZero();
    // the discarded work never shows up later
    Pause.pause(3_000);
    assertThat(rowCount()).isZero();
    assertThat(GuiActionRunner.execute(() -> windowOf(window).currentReview().isPresent())).isFalse();
  }

  private int rowCount() {
    JTable table = robot.finder().findByName(window.target(), "nightsTable", JTable.class, false);
    return GuiActionRunner.execute(() -> table.getModel().getRowCount());
  }

  private static void waitFor(String what, Supplier<Boolean> done, long millis) {
    Pause.pause(new Condition(what) {
      @Override
      public boolean test() {
        return done.get();
      }
    }, Timeout.timeout(millis));
  }
}
