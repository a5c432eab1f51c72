package org.rlsviewer.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.rlsviewer.bench.BenchData;
import org.rlsviewer.service.DiaryService;

/**
 * The EDT's CPU for showing the trial, weekly and lifestyle views of one patient after another (as
 * each open and switch does) and laying out the window they are in: {@code SummaryViews.show} of
 * diaries prepared beforehand, alternating, then a layout pass. CPU time of the EDT alone, so it
 * can be compared between builds on a loaded machine. Not part of {@code bench/run.sh}: a profile
 * to run by hand ({@code -Drounds=N}, default 400).
 */
public final class SummaryShowProbe {
  private SummaryShowProbe() {}

  public static void main(String[] args) throws Exception {
    Desktop.prepareBeforeAwt();
    DiaryService service = new DiaryService(BenchData.CLOCK, "bench");
    List<SummaryViews.Prepared> prepared = new ArrayList<>();
    for (String a : args) {
      prepared.add(SummaryViews.prepare(service.open(Path.of(a)).analysis()));
    }
    int rounds = Integer.getInteger("rounds", 400);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpuMs = new double[1];
    SwingUtilities.invokeAndWait(() -> {
      Desktop.installTheme();
      SummaryViews views = new SummaryViews();
      JTabbedPane tabs = new JTabbedPane();
      tabs.addTab("Overview", views.trial());
      tabs.addTab("Weeks", views.weeks());
      tabs.addTab("Lifestyle", views.lifestyle());
      JFrame frame = new JFrame("probe");
      frame.setContentPane(tabs);
      frame.setSize(1100, 800);
      frame.setVisible(true);
      for (int r = 0; r < rounds; r++) {
        if (r == rounds / 2) {
          cpuMs[0] = -threads.getCurrentThreadCpuTime() / 1e6;
        }
        views.show(prepared.get(r % prepared.size()));
        frame.validate();
      }
      cpuMs[0] += threads.getCurrentThreadCpuTime() / 1e6;
    });
    System.out.println("showCpuMs=" + String.format(Locale.ROOT, "%.3f", cpuMs[0] / (rounds - rounds / 2)));
    Runtime.getRuntime().halt(0);
  }
}
