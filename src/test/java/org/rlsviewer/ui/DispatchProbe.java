package org.rlsviewer.ui;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;

/**
 * Measures how long each event keeps the Event Dispatch Thread busy: pushed on the system event
 * queue, it times every dispatch and keeps the longest, with what it was.
 */
final class DispatchProbe extends EventQueue {

  private volatile long longestNanos;
  private volatile String longestEvent = "";

  static DispatchProbe install() {
    DispatchProbe probe = new DispatchProbe();
    Toolkit.getDefaultToolkit().getSystemEventQueue().push(probe);
    return probe;
  }

  @Override
  protected void dispatchEvent(AWTEvent event) {
    long start = System.nanoTime();
    try {
      super.dispatchEvent(event);
    } finally {
      long took = System.nanoTime() - start;
      if (took > longestNanos) {
        longestNanos = took;
        longestEvent = event.toString();
      }
    }
  }

  long longestMillis() {
    return longestNanos / 1_000_000;
  }

  String longestEvent() {
    return longestEvent;
  }

  void remove() {
    pop();
  }
}
