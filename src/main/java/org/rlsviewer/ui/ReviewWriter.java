package org.rlsviewer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  /**
   * Completes once every write submitted so far has been made. The window observes it with a
   * callback and never waits for it on the Event Dispatch Thread.
   */
  CompletableFuture<Void> written() {
    CompletableFuture<Void> marker = new CompletableFuture<>();
    try {
      executor.execute(() -> marker.complete(null));
    } catch (RejectedExecutionException e) {
      marker.complete(null); // shut down: nothing more will be written
    }
    return marker;
  }

  /** Waits until every write submitted so far has been made (deleting a patient, tests). Not on the EDT. */
  boolean awaitWritten(long millis) {
    try {
      written().get(millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  /**
   * Lets the writes already submitted finish, waiting for them on a thread of its own (never the
   * EDT) that keeps the program alive up to {@code millis} so that closing loses no review change.
   */
  void shutdownWhenWritten(long millis) {
    Thread closing = new Thread(() -> {
      awaitWritten(millis);
      executor.shutdown();
    }, "review-writer-close");
    closing.start();
  }

  void shutdown() {
    executor.shutdown();
  }
}
