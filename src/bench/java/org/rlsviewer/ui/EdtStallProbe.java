package org.rlsviewer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.swing.SwingUtilities;

/**
 * Shows the real main window, lets it settle, then opens a diary in it through
 * {@link MainWindow#openDiary(Path)} while a probe thread asks the Event Dispatch Thread for a
 * no-op every 5 ms and records how long each took to run: a late answer is a stall the user would
 * feel as a frozen window. Probing goes on for two seconds after the diary is shown, to catch the
 * painting of the filled table and chart. Prints {@code key=value} lines. Lives in the ui package to
 * reach the package-private window.
 */
public final class EdtStallProbe {

  private EdtStallProbe() {}

  private record Stall(long atMs, double ms) {}

  public static void main(String[] args) throws Exception {
    Path diary = Path.of(args[0]);
    ProbeWindow probe = ProbeWindow.start();
    MainWindow window = probe.window();
    Thread.sleep(1500);
    String emptyTitle = probe.title();

    List<Stall> stalls = new ArrayList<>();
    EdtSampler sampler = EdtSampler.startIfAsked();
    SlowEvents slowEvents = SlowEvents.startIfAsked();
    long begin = System.nanoTime();
    SwingUtilities.invokeLater(() -> window.openDiary(diary));
    long shownAt = -1;
    long deadline = begin + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      long asked = System.nanoTime();
      String title = probe.title();
      long answered = System.nanoTime();
      stalls.add(new Stall((asked - begin) / 1_000_000, (answered - asked) / 1e6));
      if (shownAt < 0 && !title.equals(emptyTitle)) {
        shownAt = answered;
      }
      if (shownAt > 0 && answered - shownAt > 2_000_000_000L) {
        break;
      }
      Thread.sleep(5);
    }
    sampler.stopAndPrint();
    if (slowEvents != null) {
      slowEvents.print();
    }
    stalls.sort(Comparator.comparingDouble(Stall::ms).reversed());
    System.out.println("shown=" + (shownAt > 0 ? "yes" : "no"));
    System.out.println("openSeconds=" + String.format(Locale.ROOT, "%.2f", shownAt > 0 ? (shownAt - begin) / 1e9 : -1));
    System.out.println("probes=" + stalls.size());
    System.out.println("maxStallMs=" + String.format(Locale.ROOT, "%.1f", stalls.get(0).ms()));
    System.out.println("over50ms=" + stalls.stream().filter(s -> s.ms() > 50).count());
    StringBuilder worst = new StringBuilder();
    stalls.stream().limit(5).forEach(s -> worst.append(String.format(Locale.ROOT, "%.0fms@%dms ", s.ms(), s.atMs())));
    System.out.println("worst=" + worst.toString().trim());
    if (slowEvents != null) {
      String longest = slowEvents.longestCpu();
      System.out.println("maxEventCpuMs=" + longest.substring(0, longest.indexOf(' ')));
    }
    Runtime.getRuntime().halt(0);
  }
}
