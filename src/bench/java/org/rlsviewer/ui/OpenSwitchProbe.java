package org.rlsviewer.ui;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.rlsviewer.service.PatientSummary;

/**
 * Drives the real main window as a clinician does: opens eight-week diaries of different patients
 * one after another through {@link MainWindow#openDiary(Path)}, each timed from the request until
 * the window shows that patient (title, header, flag queue and tabs filled on the Event Dispatch
 * Thread) and the EDT has run what that queued (painting); then switches between two open patients
 * by selecting them in the patient list, timed the same way. The first opens load classes and warm
 * the code: the figure is the median of the opens after {@link #WARM_OPENS}. Prints
 * {@code key=value} lines. Lives in the ui package to reach the package-private window.
 */
public final class OpenSwitchProbe {

  private static final int WARM_OPENS = 2;
  private static final int WARM_SWITCHES = 4;
  private static final int SWITCHES = 21;

  private OpenSwitchProbe() {}

  public static void main(String[] args) throws Exception {
    ProbeWindow probe = ProbeWindow.start();
    JFrame frame = probe.frame();
    MainWindow window = probe.window();
    Thread.sleep(1000);

    double[] opens = new double[args.length];
    // the CPU of the program's threads over each open (not the JIT compiler's or the GC's): steadier
    // than the wall time on a loaded machine
    double[] openCpu = new double[args.length];
    // -Dprobe.sampleOpens=true: the EDT's profile over the warm opens instead of the switches
    boolean sampleOpens = Boolean.getBoolean("probe.sampleOpens");
    EdtSampler openSampler = null;
    // -Dprobe.slowEvents=MS: the EDT events of the opens longer than MS, with their profiles
    SlowEvents slowEvents = SlowEvents.startIfAsked();
    for (int i = 0; i < args.length; i++) {
      if (sampleOpens && i == Math.min(WARM_OPENS, args.length - 1)) {
        openSampler = EdtSampler.start();
      }
      String before = probe.title();
      Path diary = Path.of(args[i]);
      if (slowEvents != null && i == WARM_OPENS) {
        slowEvents.clear();
      }
      long busyBefore = slowEvents == null ? 0 : slowEvents.busyNanos();
      long cpuStart = javaThreadsCpu();
      long start = System.nanoTime();
      SwingUtilities.invokeLater(() -> window.openDiary(diary));
      while (probe.title().equals(before)) {
        Thread.sleep(1);
      }
      SwingUtilities.invokeAndWait(() -> { });
      opens[i] = (System.nanoTime() - start) / 1e6;
      openCpu[i] = (javaThreadsCpu() - cpuStart) / 1e6;
      if (slowEvents != null) {
        System.out.println(String.format(Locale.ROOT, "# open %d: %.1f ms, EDT busy %.1f ms", i, opens[i],
            (slowEvents.busyNanos() - busyBefore) / 1e6));
      }
      Thread.sleep(300);
    }

    if (openSampler != null) {
      openSampler.stopAndPrint();
    }
    if (slowEvents != null) {
      slowEvents.print();
    }
    EdtSampler sampler = sampleOpens ? EdtSampler.start(false) : EdtSampler.startIfAsked();
    JList<?> list = (JList<?>) find(frame.getContentPane(), "patientList");
    double[] switches = new double[SWITCHES];
    // the CPU of the program's threads over each switch: steadier than its wall time on a loaded machine
    double[] switchCpu = new double[SWITCHES];
    for (int i = 0; i < WARM_SWITCHES + SWITCHES; i++) {
      int index = i % 2;
      long cpuStart = javaThreadsCpu();
      long start = System.nanoTime();
      SwingUtilities.invokeAndWait(() -> list.setSelectedIndex(index));
      SwingUtilities.invokeAndWait(() -> { });
      if (i >= WARM_SWITCHES) {
        switches[i - WARM_SWITCHES] = (System.nanoTime() - start) / 1e6;
        switchCpu[i - WARM_SWITCHES] = (javaThreadsCpu() - cpuStart) / 1e6;
      }
      Thread.sleep(100);
    }
    sampler.stopAndPrint();
    boolean switched = distinctTitlesWhileSwitching(frame, list);

    double[] warmOpens = Arrays.copyOfRange(opens, Math.min(WARM_OPENS, opens.length - 1), opens.length);
    System.out.println("opens=" + opens.length);
    System.out.println("firstOpenMs=" + format(opens[0]));
    System.out.println("openMs=" + format(org.rlsviewer.bench.BenchMain.median(warmOpens)));
    System.out.println("allOpensMs=" + Arrays.stream(opens).mapToObj(OpenSwitchProbe::format).toList()
        .toString().replace(" ", ""));
    System.out.println("openCpuMs=" + format(org.rlsviewer.bench.BenchMain.median(
        Arrays.copyOfRange(openCpu, Math.min(WARM_OPENS, openCpu.length - 1), openCpu.length))));
    System.out.println("switchMs=" + format(org.rlsviewer.bench.BenchMain.median(switches)));
    System.out.println("switchMaxMs=" + format(Arrays.stream(switches).max().orElse(Double.NaN)));
    System.out.println("switchCpuMs=" + format(org.rlsviewer.bench.BenchMain.median(switchCpu)));
    System.out.println("switched=" + (switched ? "yes" : "no"));
    Runtime.getRuntime().halt(0);
  }

  /** Whether selecting the first and second patient really shows each (the figure times real switches). */
  private static boolean distinctTitlesWhileSwitching(JFrame frame, JList<?> list) throws Exception {
    List<String> titles = new ArrayList<>();
    for (int index = 0; index < 2; index++) {
      int i = index;
      SwingUtilities.invokeAndWait(() -> {
        list.setSelectedIndex(i);
        titles.add(frame.getTitle() + "|" + ((PatientSummary) list.getSelectedValue()).displayName());
      });
    }
    return !titles.get(0).equals(titles.get(1))
        && titles.stream().allMatch(t -> t.substring(0, t.indexOf('|')).contains(t.substring(t.indexOf('|') + 1)));
  }

  /** CPU nanoseconds of the live Java threads (threads ended during an open are left out). */
  private static long javaThreadsCpu() {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  private static Component find(Container root, String name) {
    for (Component c : root.getComponents()) {
      if (name.equals(c.getName())) {
        return c;
      }
      if (c instanceof Container inner) {
        Component found = find(inner, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String format(double ms) {
    return String.format(Locale.ROOT, "%.1f", ms);
  }
}
