package org.rlsviewer.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.swing.SwingUtilities;

/**
 * A poor man's profiler of the Event Dispatch Thread for the probes: with
 * {@code -Dprobe.sample=true} it samples the EDT's stack every 2 ms and prints, for the methods
 * seen, in how many samples each was on the stack (inclusive), most first. Off by default.
 */
final class EdtSampler {

  private final Map<String, Integer> inclusive = new HashMap<>();
  private volatile boolean running;
  private Thread thread;
  private int samples;
  /** -Dprobe.trace=TEXT: whole stacks holding a frame that contains TEXT, counted, to see who calls it. */
  private final String trace = System.getProperty("probe.trace");
  private final Map<String, Integer> traced = new HashMap<>();

  static EdtSampler startIfAsked() throws Exception {
    return start(Boolean.getBoolean("probe.sample"));
  }

  /** Samples whether asked or not. */
  static EdtSampler start() throws Exception {
    return start(true);
  }

  static EdtSampler start(boolean sample) throws Exception {
    EdtSampler sampler = new EdtSampler();
    if (sample) {
      Thread[] edt = new Thread[1];
      SwingUtilities.invokeAndWait(() -> edt[0] = Thread.currentThread());
      sampler.running = true;
      sampler.thread = new Thread(() -> sampler.sample(edt[0]), "edt-sampler");
      sampler.thread.setDaemon(true);
      sampler.thread.start();
    }
    return sampler;
  }

  private void sample(Thread edt) {
    while (running) {
      StackTraceElement[] stack = edt.getStackTrace();
      boolean idle = stack.length > 0 && stack[0].getMethodName().equals("park")
          || stack.length > 0 && stack[0].getMethodName().equals("wait0");
      if (!idle) {
        samples++;
        if (trace != null && java.util.Arrays.stream(stack).anyMatch(e -> e.toString().contains(trace))) {
          traced.merge(java.util.Arrays.stream(stack).limit(60).map(e -> "    " + e)
              .collect(java.util.stream.Collectors.joining("\n")), 1, Integer::sum);
        }
        countMethods(stack, inclusive);
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Counts each method on the stack once (inclusive: a method and every method it called). */
  static void countMethods(StackTraceElement[] stack, Map<String, Integer> counts) {
    Set<String> seen = new HashSet<>();
    for (StackTraceElement e : stack) {
      String name = e.getClassName() + "." + e.getMethodName();
      if (seen.add(name)) {
        counts.merge(name, 1, Integer::sum);
      }
    }
  }

  void stopAndPrint() throws InterruptedException {
    if (thread == null) {
      return;
    }
    running = false;
    thread.join();
    System.out.println("# EDT busy samples: " + samples);
    traced.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
        .forEach(e -> System.out.println("# traced " + e.getValue() + ":\n" + e.getKey()));
    inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .filter(e -> !e.getKey().startsWith("java.awt.EventDispatchThread")
            && !e.getKey().startsWith("java.awt.EventQueue") && !e.getKey().startsWith("java.security"))
        .limit(Integer.getInteger("probe.sampleTop", 70))
        .forEach(e -> System.out.println("#  " + e.getValue() + " " + e.getKey()));
  }
}
