package org.rlsviewer.ui;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.event.InvocationEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds which events of the Event Dispatch Thread run long, for the probes: with
 * {@code -Dprobe.slowEvents=MS} an event queue of its own times every event, and a watcher thread
 * samples the EDT's stack every 2 ms while an event has run for more than 10 ms; each event over MS
 * is printed with its length, its kind and the methods most often on its stack. Off by default.
 */
final class SlowEvents extends EventQueue {

  private record Slow(double ms, String event, int samples, List<String> top) {}

  private final double limitMs;
  private volatile long startedAt;
  private volatile String current = "";
  private volatile int generation;
  private final Map<String, Integer> methods = new HashMap<>();
  private int samples;
  private final List<Slow> slow = new ArrayList<>();
  private Thread edt;
  private volatile long busyNanos;
  private volatile long busyCpuNanos;
  private volatile double longestCpuMs;
  private volatile String longestCpuEvent = "";
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private SlowEvents(double limitMs) {
    this.limitMs = limitMs;
  }

  /** Pushes the recorder when {@code probe.slowEvents} is set; otherwise returns null. */
  static SlowEvents startIfAsked() throws Exception {
    String limit = System.getProperty("probe.slowEvents");
    if (limit == null) {
      return null;
    }
    SlowEvents queue = new SlowEvents(Double.parseDouble(limit));
    Toolkit.getDefaultToolkit().getSystemEventQueue().push(queue);
    EventQueue.invokeAndWait(() -> queue.edt = Thread.currentThread());
    Thread watcher = new Thread(queue::watch, "slow-events");
    watcher.setDaemon(true);
    watcher.start();
    return queue;
  }

  @Override
  protected void dispatchEvent(AWTEvent event) {
    synchronized (this) {
      methods.clear();
      samples = 0;
      current = describe(event);
      generation++;
    }
    long cpuAt = THREADS.getCurrentThreadCpuTime();
    startedAt = System.nanoTime();
    try {
      super.dispatchEvent(event);
    } finally {
      long took = System.nanoTime() - startedAt;
      busyNanos += took;
      // the EDT's own CPU in the event: what the event costs, whatever else the machine runs
      long cpu = THREADS.getCurrentThreadCpuTime() - cpuAt;
      busyCpuNanos += cpu;
      if (cpu / 1e6 > longestCpuMs) {
        longestCpuMs = cpu / 1e6;
        longestCpuEvent = current;
      }
      double ms = took / 1e6;
      startedAt = 0;
      if (ms > limitMs) {
        synchronized (this) {
          List<String> top = methods.entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
              .filter(e -> !e.getKey().startsWith("java.awt.EventDispatchThread")
                  && !e.getKey().startsWith("java.awt.EventQueue") && !e.getKey().startsWith("java.security")
                  && !e.getKey().startsWith(SlowEvents.class.getName()))
              .limit(Integer.getInteger("probe.slowTop", 40))
              .map(e -> e.getValue() + " " + e.getKey()).toList();
          slow.add(new Slow(ms, current, samples, top));
        }
      }
    }
  }

  private static String describe(AWTEvent event) {
    if (event instanceof InvocationEvent invocation) {
      String text = invocation.toString();
      int runnable = text.indexOf("runnable=");
      return "InvocationEvent " + (runnable >= 0 ? text.substring(runnable, text.indexOf(',', runnable)) : "");
    }
    return event.getClass().getSimpleName() + " id=" + event.getID() + " from " + event.getSource().getClass().getSimpleName();
  }

  private void watch() {
    while (true) {
      long started = startedAt;
      if (started != 0 && System.nanoTime() - started > 10_000_000L) {
        int seenGeneration = generation;
        StackTraceElement[] stack = edt.getStackTrace();
        synchronized (this) {
          if (seenGeneration == generation && startedAt != 0) {
            samples++;
            EdtSampler.countMethods(stack, methods);
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

  /** The EDT's time in events since the recorder started. */
  long busyNanos() {
    return busyNanos;
  }

  /** The EDT's CPU time in events since the recorder started. */
  long busyCpuNanos() {
    return busyCpuNanos;
  }

  /** The most CPU the EDT spent in one event (since the last {@link #clear}), and which event. */
  String longestCpu() {
    return String.format(java.util.Locale.ROOT, "%.1f", longestCpuMs) + " " + longestCpuEvent;
  }

  /** Forgets the slow events recorded so far (the cold ones). */
  synchronized void clear() {
    slow.clear();
    longestCpuMs = 0;
  }

  /** Prints the slow events recorded, longest first. */
  synchronized void print() {
    System.out.println("# events over " + limitMs + " ms: " + slow.size() + "; most EDT CPU in one event: "
        + longestCpu() + " ms");
    slow.stream().sorted((a, b) -> Double.compare(b.ms(), a.ms())).limit(12).forEach(s -> System.out.println(
        String.format(java.util.Locale.ROOT, "# %.1f ms %s (%d samples)%n", s.ms(), s.event(), s.samples())
            + s.top().stream().map(t -> "#    " + t).collect(Collectors.joining("\n"))));
  }
}
