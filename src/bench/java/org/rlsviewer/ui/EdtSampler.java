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

  static EdtSampler startIfAsked() throws Exception {
    EdtSampler sampler = new EdtSampler();
    if (Boolean.getBoolean("probe.sample")) {
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
        Set<String> seen = new HashSet<>();
        for (StackTraceElement e : stack) {
          String name = e.getClassName() + "." + e.getMethodName();
          if (seen.add(name)) {
            inclusive.merge(name, 1, Integer::sum);
          }
        }
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        return;
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
    inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .filter(e -> !e.getKey().startsWith("java.awt.EventDispatchThread")
            && !e.getKey().startsWith("java.awt.EventQueue") && !e.getKey().startsWith("java.security"))
        .limit(Integer.getInteger("probe.sampleTop", 70))
        .forEach(e -> System.out.println("#  " + e.getValue() + " " + e.getKey()));
  }
}
