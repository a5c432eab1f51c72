package org.rlsviewer.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Sends review changes to the archive off the Event Dispatch Thread, one at a time and in the order
 * made, so an undo never overtakes the action it undoes. Failures come back on the EDT.
 */
final class ReviewWriter {

  interface Write {
    void run() throws Exception;
  }

  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "review-writer");
    t.setDaemon(true);
    return t;
  });
  private final BiConsumer<String, Exception> onFailure;

  ReviewWriter(Consumer<Exception> onFailure) {
    this((patientKey, e) -> onFailure.accept(e));
  }

  /** @param onFailure told, on the EDT, whose review a write failed for and why */
  ReviewWriter(BiConsumer<String, Exception> onFailure) {
    this.onFailure = onFailure;
  }

  void submit(String patientKey, Write write) {
    executor.execute(() -> {
      try {
        write.run();
      } catch (Exception e) {
        SwingUtilities.invokeLater(() -> onFailure.accept(patientKey, e));
      }
    });
  }

  /** Waits until every write submitted so far has been made (closing the window, tests). */
  boolean awaitWritten(long millis) {
    var marker = new java.util.concurrent.CountDownLatch(1);
    executor.execute(marker::countDown);
    try {
      return marker.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  void shutdown() {
    executor.shutdown();
  }
}
